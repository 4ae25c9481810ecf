package org.relay.guidelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relay.guidelines.rules.PersonalDataRule;
import org.relay.guidelines.rules.RuleSet;

class GuidelineCheckerTest {

  private final GuidelineChecker checker = new GuidelineChecker();

  @Test
  void shouldFindPersonalDataInATextThatIsNotAReply() {
    checker.rules = rulesOf(RuleSet.defaults());

    assertThat(checker.personalData("Her mail is jane.doe@example.com, no disclosure here."))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo(PersonalDataRule.ID);
              assertThat(f.blocks()).isTrue();
            });
  }

  @Test
  void shouldRunOnlyThePersonalDataRule() {
    checker.rules = rulesOf(RuleSet.defaults());

    // No disclosure, shouting and a link: the other rules would find something, this one not.
    assertThat(checker.personalData("SEE https://evil.example NOW, IDIOT")).isEmpty();
  }

  @Test
  void shouldFindNothingWhileThePersonalDataRuleIsSwitchedOff() {
    RuleSet withoutPersonalData =
        new RuleSet(
            RuleSet.defaults().rules().stream()
                .filter(rule -> !rule.id().equals(PersonalDataRule.ID))
                .toList());
    checker.rules = rulesOf(withoutPersonalData);

    assertThat(checker.personalData("Call me on +49 30 1234567")).isEqualTo(List.of());
  }

  private static GuidelineRules rulesOf(RuleSet set) {
    GuidelineRules rules = mock(GuidelineRules.class);
    when(rules.current()).thenReturn(set);
    return rules;
  }
}
