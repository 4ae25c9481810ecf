package org.relay.guidelines.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.relay.guidelines.rules.Rules.draft;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relay.guidelines.Finding;
import org.relay.guidelines.Severity;
import org.relay.shared.InvalidInput;
import org.relay.shared.InvalidInputException.FieldError;

class BoundedPatternTest {

  /** Harmless on the probes, which hold no "x"; of degree 12 on an x followed by many y's. */
  private static final String SLOW_ON_XY = "x(.*y){12}z";

  @ParameterizedTest
  @ValueSource(
      strings = {"(a+a+)+b", "(.*a){20}b", "(\\d+\\d+)+x", "(a+)+\\1b", "(\\w+\\s?)+\\1!$"})
  void shouldRefuseAPatternThatBacktracksWithoutEndWhenItIsSaved(String regex) {
    FieldError error =
        InvalidInput.singleError(
            () -> ConfidentialityRule.TYPE.build(Map.of("patterns", List.of(regex))));

    assertThat(error.field()).isEqualTo("parameters.patterns");
    assertThat(error.message()).contains(regex).contains("too long");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[a-z0-9]+@[a-z]+",
        "\\b(?:project|codename)\\s+\\w+",
        "\\d{1,3}(?:[.,]\\d{3})+\\s*(?:eur|usd|\u20AC)",
        "(?:order|account)\\s*(?:no\\.?|number)?\\s*\\d{6,}"
      })
  void shouldAcceptAnOrdinaryPatternEvenIfItReadsALongRunMoreThanOnce(String regex) {
    assertThat(BoundedPattern.compile(regex).source()).isEqualTo(regex);
  }

  @Test
  void shouldRefuseAnInvalidPatternWithTheReason() {
    assertThatThrownBy(() -> BoundedPattern.compile("revenue (of"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a valid regular expression")
        .hasMessageContaining("revenue (of");
  }

  @Test
  void shouldGiveUpOnATextThatMakesAPatternBacktrackInsteadOfHanging() {
    // Passes the probes (they hold no "x"), but tries every way to pick 12 of the y's here.
    BoundedPattern pattern = BoundedPattern.compile(SLOW_ON_XY);
    String hostile = "x" + "y".repeat(60);

    assertThatThrownBy(() -> pattern.find(hostile)).isInstanceOf(BoundedPattern.TooComplex.class);
    assertThat(pattern.find("x" + "y".repeat(12) + "z")).isPresent();
  }

  @Test
  void shouldSendADraftToLegalWhenAConfidentialPatternCannotAnswerInTime() {
    GuidelineRule rule = ConfidentialityRule.TYPE.build(Map.of("patterns", List.of(SLOW_ON_XY)));

    List<Finding> findings = rule.check(draft("I work at Relay. x" + "y".repeat(60)));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.NEEDS_REVIEW);
              assertThat(f.reviewer()).isEqualTo("legal");
              assertThat(f.message()).contains("could not be checked");
            });
  }

  @Test
  void shouldSendADraftToLegalWhenAnAccountPatternCannotAnswerInTime() {
    GuidelineRule rule =
        PersonalDataRule.TYPE.build(Map.of("accountPatterns", List.of(SLOW_ON_XY)));

    List<Finding> findings = rule.check(draft("I work at Relay. x" + "y".repeat(60)));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.blocks()).isFalse();
              assertThat(f.reviewer()).isEqualTo("legal");
            });
  }

  @Test
  void shouldAcceptTheDefaultPatternsOfEveryRule() {
    assertThat(RuleSet.defaults().rules()).hasSize(RuleCatalog.TYPES.size());
  }
}
