package org.relay.listening.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.relay.shared.InvalidInputException.FieldError;

class CompiledQueryTest {

  private static CompiledQuery compile(
      String expression, Set<String> languages, String exclusions) {
    return CompiledQuery.compile(
        new QueryDefinition("Dell laptops", expression, languages, exclusions));
  }

  @Test
  void shouldMatchAnyLanguageWhenTheQueryNamesNone() {
    CompiledQuery query = compile("dell", Set.of(), null);

    assertThat(query.matches("Dell ist super", "de")).isTrue();
    assertThat(query.matches("Dell is great", null)).isTrue();
    assertThat(query.matches("HP is great", "en")).isFalse();
  }

  @Test
  void shouldMatchOnlyTheNamedLanguages() {
    CompiledQuery query = compile("dell", Set.of("en", "fr"), null);

    assertThat(query.matches("Dell is great", "en")).isTrue();
    assertThat(query.matches("Dell est super", "fr")).isTrue();
    assertThat(query.matches("Dell ist super", "de")).isFalse();
  }

  @Test
  void shouldRefuseAPostOfUnknownLanguageWhenTheQueryNamesLanguages() {
    CompiledQuery query = compile("dell", Set.of("en"), null);

    assertThat(query.matches("Dell is great", null)).isFalse();
    assertThat(query.matches("Dell is great", " ")).isFalse();
    assertThat(query.matches("Dell is great", "und")).isFalse();
  }

  @Test
  void shouldCompareLanguagesByPrimarySubtagIgnoringCase() {
    CompiledQuery query = compile("dell", Set.of("EN", "pt-BR"), null);

    assertThat(query.matches("Dell is great", "en-GB")).isTrue();
    assertThat(query.matches("Dell is great", "en")).isTrue();
    assertThat(query.matches("Dell é ótimo", "pt")).isTrue();
  }

  @Test
  void shouldLeaveOutPostsThatMatchTheExclusions() {
    CompiledQuery query = compile("dell", Set.of(), "refurbished OR \"for sale\"");

    assertThat(query.matches("My new Dell", "en")).isTrue();
    assertThat(query.matches("Refurbished Dell, cheap", "en")).isFalse();
    assertThat(query.matches("Dell for sale", "en")).isFalse();
    assertThat(query.exclusions()).isPresent();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = "  ")
  void shouldExcludeNothingWithoutExclusions(String exclusions) {
    CompiledQuery query = compile("dell", Set.of(), exclusions);

    assertThat(query.matches("Refurbished Dell", "en")).isTrue();
    assertThat(query.exclusions()).isEmpty();
  }

  @Test
  void shouldTreatANullLanguageSetAsAnyLanguage() {
    assertThat(new QueryDefinition("q", "dell", null, null).languages()).isEmpty();
    assertThat(compile("dell", null, null).matches("dell", "de")).isTrue();
  }

  @Test
  void shouldReportAnErrorInTheExpressionOnTheExpressionField() {
    QuerySyntaxException error =
        catchThrowableOfType(
            QuerySyntaxException.class, () -> compile("dell (xps", Set.of(), "refurbished"));

    assertThat(error.errors())
        .containsExactly(new FieldError("expression", "missing closing parenthesis opened at 6"));
  }

  @Test
  void shouldReportAnErrorInTheExclusionsOnTheExclusionsField() {
    QuerySyntaxException error =
        catchThrowableOfType(
            QuerySyntaxException.class, () -> compile("dell", Set.of(), "sale OR"));

    assertThat(error.errors())
        .containsExactly(new FieldError("exclusions", "OR needs a term after it at 6"));
  }

  @Test
  void shouldTestOneTokenizedPostAgainstManyQueries() {
    TokenizedText post = TokenizedText.of("Mon XPS-13 est cassé #DellFail");
    CompiledQuery french = compile("\"xps 13\" casse", Set.of("fr"), null);
    CompiledQuery english = compile("\"xps 13\"", Set.of("en"), null);
    CompiledQuery noSpam = compile("#dellfail", Set.of(), "cassé");

    assertThat(french.matches(post, "fr")).isTrue();
    assertThat(english.matches(post, "fr")).isFalse();
    assertThat(noSpam.matches(post, "fr")).isFalse();
  }
}
