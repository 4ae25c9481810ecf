package org.relay.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * crisis-measures.dmn on its own, rule by rule: every combination of its three inputs, with the
 * rule that wins under the FIRST hit policy and whether the canned message is frozen.
 */
class CrisisMeasuresDecisionTest {

  static final String CRISIS_MEASURES_DMN = "/org/relay/processes/crisis-measures.dmn";
  private static final String ADVICE = "Write the reply yourself, from PR's holding statement.";

  private static RuleRecordingDmn dmn;

  @BeforeAll
  static void parseDecision() throws Exception {
    dmn = new RuleRecordingDmn(CRISIS_MEASURES_DMN, "cannedMessageFreeze");
  }

  @BeforeEach
  void forgetMatchedRules() {
    dmn.forgetMatchedRules();
  }

  /**
   * Every combination of anyTopic, crisisActive and crisisAnywhere, the rule that must win and
   * whether the message is frozen. crisisActive is never true for a message for any topic (it has
   * no topic of its own) nor without crisisAnywhere, but the table must answer those too.
   */
  static Stream<Arguments> cases() {
    return Stream.of(
        // A message for a topic: frozen while a crisis is active on that topic.
        Arguments.of(false, true, true, "topicInCrisis", true),
        Arguments.of(false, true, false, "topicInCrisis", true),
        Arguments.of(false, false, true, "notFrozen", false),
        Arguments.of(false, false, false, "notFrozen", false),
        // A message for any topic: frozen while a crisis is active on any topic.
        Arguments.of(true, false, true, "anyTopicDuringACrisis", true),
        Arguments.of(true, true, true, "anyTopicDuringACrisis", true),
        Arguments.of(true, false, false, "notFrozen", false),
        Arguments.of(true, true, false, "notFrozen", false));
  }

  @ParameterizedTest(name = "anyTopic={0}, crisisActive={1}, crisisAnywhere={2}: {3}")
  @MethodSource("cases")
  void shouldFreezeRuleByRule(
      boolean anyTopic, boolean crisisActive, boolean crisisAnywhere, String rule, boolean frozen) {
    DmnDecisionResultEntries result = evaluate(anyTopic, crisisActive, crisisAnywhere);

    assertThat(dmn.matchedRules()).first().isEqualTo(rule);
    assertThat(result.<Boolean>getEntry("frozen")).isEqualTo(frozen);
    if (frozen) {
      assertThat(result.<String>getEntry("advice")).isEqualTo(ADVICE);
    } else {
      // An empty output entry leaves the output out of the result.
      assertThat(result.getEntryMap().get("advice")).isNull();
    }
  }

  @Test
  void shouldFreezeTheMessagesOfATopicInCrisis() {
    DmnDecisionResultEntries result = evaluate(false, true, true);

    assertThat(result.<Boolean>getEntry("frozen")).isTrue();
    assertThat(result.<String>getEntry("advice")).isEqualTo(ADVICE);
  }

  @Test
  void shouldLeaveTheMessagesOfOtherTopicsUsableDuringACrisis() {
    DmnDecisionResultEntries result = evaluate(false, false, true);

    assertThat(result.<Boolean>getEntry("frozen")).isFalse();
  }

  @Test
  void shouldFreezeMessagesForAnyTopicDuringAnyCrisis() {
    DmnDecisionResultEntries result = evaluate(true, false, true);

    assertThat(result.<Boolean>getEntry("frozen")).isTrue();
    assertThat(result.<String>getEntry("advice")).isEqualTo(ADVICE);
  }

  @Test
  void shouldFreezeNothingWithoutACrisis() {
    assertThat(evaluate(true, false, false).<Boolean>getEntry("frozen")).isFalse();
    assertThat(evaluate(false, false, false).<Boolean>getEntry("frozen")).isFalse();
  }

  @Test
  void shouldHitEveryRuleOfTheTableAtLeastOnce() {
    List<String> rules = dmn.ruleIds();
    Set<String> won = new HashSet<>();

    cases()
        .map(Arguments::get)
        .forEach(
            a -> {
              dmn.forgetMatchedRules();
              evaluate((Boolean) a[0], (Boolean) a[1], (Boolean) a[2]);
              assertThat(dmn.matchedRules()).first().isEqualTo(a[3]);
              won.add(dmn.matchedRules().get(0));
            });

    assertThat(rules).hasSize(3);
    assertThat(won).containsExactlyInAnyOrderElementsOf(rules);
  }

  private static DmnDecisionResultEntries evaluate(
      boolean anyTopic, boolean crisisActive, boolean crisisAnywhere) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("anyTopic", anyTopic);
    inputs.put("crisisActive", crisisActive);
    inputs.put("crisisAnywhere", crisisAnywhere);
    return dmn.evaluate(inputs);
  }
}
