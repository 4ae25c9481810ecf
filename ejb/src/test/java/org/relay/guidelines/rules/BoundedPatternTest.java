package org.relay.guidelines.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.relay.guidelines.rules.Rules.draft;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.relay.guidelines.Finding;
import org.relay.guidelines.Severity;
import org.relay.shared.InvalidInputException;

class BoundedPatternTest {

  @ParameterizedTest
  @ValueSource(strings = {"(a+)+b", "(a|a)*b", "(\\d+)*x", "(\\w+\\s?)+!$", "(a|aa)+$"})
  void shouldRefuseAPatternThatBacktracksWithoutEndWhenItIsSaved(String regex) {
    assertThatThrownBy(
            () -> ConfidentialityRule.TYPE.build(Map.of("patterns", List.of(regex))))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).errors())
                    .singleElement()
                    .satisfies(
                        error -> {
                          assertThat(error.field()).isEqualTo("parameters.patterns");
                          assertThat(error.message()).contains(regex).contains("too long");
                        }));
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
    // Passes the probes (they hold no "x"), but backtracks exponentially on this text.
    BoundedPattern pattern = BoundedPattern.compile("x(?:y|yy)*z");
    String hostile = "x" + "y".repeat(60);

    assertThatThrownBy(() -> pattern.find(hostile)).isInstanceOf(BoundedPattern.TooComplex.class);
    assertThat(pattern.find("xyyz")).isPresent();
  }

  @Test
  void shouldSendADraftToLegalWhenAConfidentialPatternCannotAnswerInTime() {
    GuidelineRule rule =
        ConfidentialityRule.TYPE.build(Map.of("patterns", List.of("x(?:y|yy)*z")));

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
        PersonalDataRule.TYPE.build(Map.of("accountPatterns", List.of("x(?:y|yy)*z")));

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
