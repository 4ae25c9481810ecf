package org.relay.listening.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.relay.shared.InvalidInputException;
import org.relay.shared.InvalidInputException.FieldError;

class ListeningQuerySyntaxTest {

  static Stream<Arguments> malformedQueries() {
    return Stream.of(
        Arguments.of("dell (laptop OR xps", "missing closing parenthesis opened at 6"),
        Arguments.of("(dell (laptop OR xps)", "missing closing parenthesis opened at 1"),
        Arguments.of("dell laptop)", "closing parenthesis without an opening one at 12"),
        Arguments.of(") dell", "closing parenthesis without an opening one at 1"),
        Arguments.of("dell ()", "empty parentheses at 6"),
        Arguments.of("dell NOT", "NOT needs a term after it at 6"),
        Arguments.of("dell NOT OR hp", "NOT needs a term after it at 6"),
        Arguments.of("(dell NOT) hp", "NOT needs a term after it at 7"),
        Arguments.of("dell - hp", "- needs a term directly after it at 6"),
        Arguments.of("dell -", "- needs a term directly after it at 6"),
        Arguments.of("(dell -)", "- needs a term directly after it at 7"),
        Arguments.of("dell -OR hp", "- needs a term directly after it at 6"),
        Arguments.of("AND dell", "AND needs a term before it at 1"),
        Arguments.of("dell (OR hp)", "OR needs a term before it at 7"),
        Arguments.of("dell AND", "AND needs a term after it at 6"),
        Arguments.of("dell AND OR hp", "AND needs a term after it at 6"),
        Arguments.of("dell OR", "OR needs a term after it at 6"),
        Arguments.of("(dell OR) hp", "OR needs a term after it at 7"),
        Arguments.of("dell \"xps 13", "unterminated quote at 6"),
        Arguments.of("dell \"\"", "empty phrase at 6"),
        Arguments.of("dell \"!?\"", "phrase has no letters or digits to match at 6"),
        Arguments.of("dell !!!", "'!!!' has no letters or digits to match at 6"),
        Arguments.of("dell *", "wildcard * must follow a letter or digit at 6"),
        Arguments.of("dell refund**", "wildcard * must follow a letter or digit at 13"),
        Arguments.of("\"refund *\"", "wildcard * must follow a letter or digit at 9"),
        Arguments.of("dell re*fund", "wildcard * can only end a word at 8"),
        Arguments.of("#del*l", "wildcard * can only end a word at 5"),
        Arguments.of("dell #", "'#' is not a hashtag (# then letters, digits or _) at 6"),
        Arguments.of(
            "#dell-fail", "'#dell-fail' is not a hashtag (# then letters, digits or _) at 1"),
        Arguments.of("@ana@", "'@ana@' is not a handle (@name or @name@server) at 1"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("malformedQueries")
  void shouldNameTheProblemAndItsPosition(String expression, String message) {
    QuerySyntaxException error = refusal(expression);

    assertThat(error.errors()).containsExactly(new FieldError("expression", message));
    assertThat(error.getMessage())
        .isEqualTo("The listening query cannot be read: " + message + ".");
    assertThat(error.position()).isEqualTo(positionIn(message));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n", "\u00A0\u2007"})
  void shouldRefuseAnEmptyQuery(String expression) {
    QuerySyntaxException error = refusal(expression);

    assertThat(error.errors()).containsExactly(new FieldError("expression", "empty query"));
    assertThat(error.position()).isZero();
  }

  @Test
  void shouldBeAnInvalidInputSoThePortalAndTheApiReportIt() {
    assertThatThrownBy(() -> ListeningQuery.parse("(dell"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("missing closing parenthesis opened at 1");
  }

  @Test
  void shouldAcceptAQueryOfTheMaximumLength() {
    String query = "dell " + "x".repeat(ListeningQuery.MAX_LENGTH - 5);

    assertThat(ListeningQuery.parse(query).matches("dell " + "X".repeat(1995))).isTrue();
  }

  @Test
  void shouldRefuseAQueryLongerThanTheMaximum() {
    String query = "dell " + "x".repeat(ListeningQuery.MAX_LENGTH - 4);

    assertThat(refusal(query).errors())
        .containsExactly(
            new FieldError("expression", "query has 2001 characters, at most 2000 allowed"));
  }

  @Test
  void shouldAcceptParenthesesNestedToTheMaximumDepth() {
    String query = "(".repeat(50) + "dell" + ")".repeat(50);

    assertThat(ListeningQuery.parse(query).matches("Dell")).isTrue();
  }

  @Test
  void shouldRefuseParenthesesNestedDeeperThanTheMaximum() {
    String query = "(".repeat(51) + "dell" + ")".repeat(51);

    assertThat(refusal(query).errors())
        .containsExactly(new FieldError("expression", "nested more than 50 levels deep at 51"));
  }

  @Test
  void shouldRefuseDeepNestingWithAnErrorRatherThanOverflowingTheStack() {
    String query = "(".repeat(1000) + "dell";

    assertThat(refusal(query).position()).isEqualTo(51);
  }

  @Test
  void shouldCountEachNotAsALevelOfNesting() {
    assertThat(ListeningQuery.parse("NOT ".repeat(50) + "dell").matches("dell")).isTrue();
    assertThat(refusal("NOT ".repeat(51) + "dell").position()).isEqualTo(201);
    assertThat(refusal("-".repeat(60) + "dell").position()).isEqualTo(51);
  }

  private static QuerySyntaxException refusal(String expression) {
    QuerySyntaxException error =
        catchThrowableOfType(QuerySyntaxException.class, () -> ListeningQuery.parse(expression));
    assertThat(error).as("refusal of %s", expression).isNotNull();
    return error;
  }

  private static int positionIn(String message) {
    return Integer.parseInt(message.substring(message.lastIndexOf(' ') + 1));
  }
}
