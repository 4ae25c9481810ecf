package org.relay.guidelines.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relay.shared.InvalidInput;
import org.relay.shared.InvalidInputException;
import org.relay.shared.InvalidInputException.FieldError;

class RuleParametersTest {

  @Test
  void shouldRefuseAnInvalidPatternNamingIt() {
    FieldError error =
        InvalidInput.singleError(
            () -> ConfidentialityRule.TYPE.build(Map.of("patterns", List.of("revenue (of", "ok"))));

    assertThat(error.field()).isEqualTo("parameters.patterns");
    assertThat(error.message()).contains("revenue (of").contains("not a valid");
  }

  @Test
  void shouldRefuseAPatternThatMatchesEverything() {
    FieldError error =
        InvalidInput.singleError(
            () -> ConfidentialityRule.TYPE.build(Map.of("patterns", List.of(".*"))));

    assertThat(error.message()).contains("empty text");
  }

  @Test
  void shouldRefuseThresholdsOutsideZeroAndOneAndNonNumbers() {
    assertThatThrownBy(
            () -> AuthenticityRule.TYPE.build(Map.of("similarity", 1.5, "minLength", "ten")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("parameters.similarity", "parameters.minLength"));
  }

  @Test
  void shouldRefuseDomainsWithSchemeOrPathAndUnknownRegions() {
    assertThatThrownBy(
            () -> LinkRule.TYPE.build(Map.of("allowedDomains", List.of("https://relay.example/x"))))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> PersonalDataRule.TYPE.build(Map.of("phoneRegions", List.of("XX"))))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void shouldRefuseAParameterTheRuleDoesNotHave() {
    FieldError error =
        InvalidInput.singleError(
            () -> LinkRule.TYPE.build(Map.of("alowedDomains", List.of("a.com"))));

    assertThat(error.field()).isEqualTo("parameters.alowedDomains");
  }

  @Test
  void shouldCleanListsGivenAsLinesOrArrays() {
    RuleParameters parameters =
        LinkRule.TYPE.validated(
            Map.of("allowedDomains", "Relay.Example\n\n  *.status.io \nrelay.example"));

    assertThat(parameters.list("allowedDomains")).containsExactly("relay.example", "status.io");
  }

  @Test
  void shouldBuildEveryRuleOfTheCatalogWithItsDefaults() {
    assertThat(RuleSet.defaults().rules())
        .extracting(GuidelineRule::id)
        .containsExactly(
            "disclosure",
            "personal-data",
            "links",
            "channel",
            "confidentiality",
            "tone",
            "authenticity");
  }
}
