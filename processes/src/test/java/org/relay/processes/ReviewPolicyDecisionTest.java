package org.relay.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
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
 * review-policy.dmn on its own, rule by rule: for each rule the inputs that reach it and the
 * combinations that overlap it, with the rule that wins under the FIRST hit policy.
 */
class ReviewPolicyDecisionTest {

  private static RuleRecordingDmn dmn;

  @BeforeAll
  static void parseDecision() throws Exception {
    dmn = new RuleRecordingDmn("/org/relay/processes/review-policy.dmn", "reviewPolicy");
  }

  @BeforeEach
  void forgetMatchedRules() {
    dmn.forgetMatchedRules();
  }

  /** Inputs, the rule that must win, and its outputs; every rule of the table at least once. */
  private static final String[] CASES = {
    // During a crisis on the topic PR approves everything; legal joins for its findings.
    "true,  false, none,      true,  false, billing,   LOW,     crisisWithConfidential,           true,  true",
    "true,  true,  none,      true,  true,  outage,    HIGH,    crisisWithConfidential,           true,  true",
    "false, false, none,      true,  false, billing,   LOW,     crisisOnTopic,                    false, true",
    "false, true,  very-high, true,  false, outage,    HIGH,    crisisOnTopic,                    false, true",
    "false, false, none,      true,  false, null,      UNKNOWN, crisisOnTopic,                    false, true",
    // Otherwise the findings decide; whenever both are needed, both review.
    "true,  true,  none,      false, false, billing,   LOW,     confidentialAndReputation,        true,  true",
    "true,  true,  none,      false, true,  billing,   LOW,     confidentialAndReputation,        true,  true",
    "true,  true,  very-high, false, false, outage,    HIGH,    confidentialAndReputation,        true,  true",
    "true,  false, none,      false, true,  billing,   LOW,     confidentialOnHotIssue,           true,  true",
    "true,  false, very-high, false, true,  outage,    HIGH,    confidentialOnHotIssue,           true,  true",
    "true,  false, very-high, false, false, outage,    HIGH,    confidentialCannedOnHotTopic,     true,  true",
    "true,  false, very-high, false, false, press,     LOW,     confidentialCannedOnHotTopic,     true,  true",
    "true,  false, very-high, false, false, billing,   HIGH,    confidentialCannedToWideAudience, true,  true",
    "true,  false, very-high, false, false, null,      HIGH,    confidentialCannedToWideAudience, true,  true",
    "true,  false, very-high, false, false, billing,   MEDIUM,  confidentialOnly,                 true,  false",
    "true,  false, similar,   false, false, outage,    HIGH,    confidentialOnly,                 true,  false",
    "true,  false, none,      false, false, billing,   LOW,     confidentialOnly,                 true,  false",
    "false, true,  none,      false, false, billing,   LOW,     reputationRiskOnly,               false, true",
    "false, true,  none,      false, true,  billing,   LOW,     reputationRiskOnly,               false, true",
    "false, false, none,      false, true,  billing,   LOW,     hotIssueOnly,                     false, true",
    // Stock wording: near copies on hot topics or to a wide audience go to PR.
    "false, false, very-high, false, false, outage,    LOW,     cannedOnHotTopic,                 false, true",
    "false, false, very-high, false, false, complaint, UNKNOWN, cannedOnHotTopic,                 false, true",
    "false, false, very-high, false, false, press,     LOW,     cannedOnHotTopic,                 false, true",
    "false, false, very-high, false, false, legal,     MEDIUM,  cannedOnHotTopic,                 false, true",
    "false, false, very-high, false, false, billing,   HIGH,    cannedToWideAudience,             false, true",
    "false, false, very-high, false, false, null,      HIGH,    cannedToWideAudience,             false, true",
    "false, false, very-high, false, false, billing,   MEDIUM,  noReview,                         false, false",
    "false, false, similar,   false, false, outage,    HIGH,    noReview,                         false, false",
    "false, false, none,      false, false, outage,    HIGH,    noReview,                         false, false",
    "false, false, none,      false, false, null,      UNKNOWN, noReview,                         false, false",
  };

  static Stream<Arguments> cases() {
    return Arrays.stream(CASES)
        .map(
            row -> {
              String[] v = Arrays.stream(row.split(",")).map(String::strip).toArray(String[]::new);
              return Arguments.of(
                  Boolean.parseBoolean(v[0]),
                  Boolean.parseBoolean(v[1]),
                  v[2],
                  Boolean.parseBoolean(v[3]),
                  Boolean.parseBoolean(v[4]),
                  "null".equals(v[5]) ? null : v[5],
                  v[6],
                  v[7],
                  Boolean.parseBoolean(v[8]),
                  Boolean.parseBoolean(v[9]));
            });
  }

  @ParameterizedTest(
      name = "legal={0}, pr={1}, authenticity={2}, crisis={3}, hot={4}, topic={5}, reach={6}: {7}")
  @MethodSource("cases")
  void shouldChooseTheReviewersRuleByRule(
      boolean needsLegal,
      boolean needsPr,
      String authenticity,
      boolean crisisActive,
      boolean hotIssue,
      String topic,
      String reach,
      String rule,
      boolean legalReview,
      boolean prReview) {
    DmnDecisionResultEntries result =
        evaluate(needsLegal, needsPr, authenticity, crisisActive, hotIssue, topic, reach);

    assertThat(dmn.matchedRules()).first().isEqualTo(rule);
    assertThat(result.<Boolean>getEntry("legalReview")).isEqualTo(legalReview);
    assertThat(result.<Boolean>getEntry("prReview")).isEqualTo(prReview);
    assertThat(result.<String>getEntry("reason")).isNotBlank();
  }

  @Test
  void shouldExplainWhyLegalReviewsAConfidentialDraft() {
    DmnDecisionResultEntries result = evaluate(true, false, "none", false, false, "billing", "LOW");

    assertThat(result.<String>getEntry("reason"))
        .isEqualTo(
            "The draft may reveal confidential information or admit liability: legal reviews it.");
  }

  @Test
  void shouldLetPrApproveEveryReplyDuringACrisis() {
    DmnDecisionResultEntries result = evaluate(false, false, "none", true, false, "billing", "LOW");

    assertThat(result.<Boolean>getEntry("prReview")).isTrue();
    assertThat(result.<String>getEntry("reason"))
        .isEqualTo("A crisis is active on this topic: PR approves every reply to it.");
  }

  @Test
  void shouldLetPrReviewEveryReplyToAHotIssue() {
    DmnDecisionResultEntries result = evaluate(false, false, "none", false, true, "billing", "LOW");

    assertThat(result.<Boolean>getEntry("prReview")).isTrue();
    assertThat(result.<String>getEntry("reason"))
        .isEqualTo("The mention is a hot issue: PR reviews every reply to it.");
  }

  @Test
  void shouldPublishAsWrittenWhenNothingIsFound() {
    DmnDecisionResultEntries result =
        evaluate(false, false, "none", false, false, "billing", "LOW");

    assertThat(result.<Boolean>getEntry("legalReview")).isFalse();
    assertThat(result.<Boolean>getEntry("prReview")).isFalse();
    assertThat(result.<String>getEntry("reason"))
        .isEqualTo("No finding needs a review: the reply is published as written.");
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
              evaluate(
                  (Boolean) a[0],
                  (Boolean) a[1],
                  (String) a[2],
                  (Boolean) a[3],
                  (Boolean) a[4],
                  (String) a[5],
                  (String) a[6]);
              assertThat(dmn.matchedRules()).first().isEqualTo(a[7]);
              won.add(dmn.matchedRules().get(0));
            });

    assertThat(rules).hasSize(12);
    assertThat(won).containsExactlyInAnyOrderElementsOf(rules);
  }

  @Test
  void shouldLetBothReviewWhenAConfidentialDraftIsNearlyStockWordingOnAHotTopic() {
    DmnDecisionResultEntries result =
        evaluate(true, false, "very-high", false, false, "outage", "LOW");

    assertThat(result.<Boolean>getEntry("legalReview")).isTrue();
    assertThat(result.<Boolean>getEntry("prReview")).isTrue();
  }

  private static DmnDecisionResultEntries evaluate(
      boolean needsLegal,
      boolean needsPr,
      String authenticity,
      boolean crisisActive,
      boolean hotIssue,
      String topic,
      String reach) {
    Map<String, Object> inputs = new java.util.HashMap<>();
    inputs.put("needsLegal", needsLegal);
    inputs.put("needsPr", needsPr);
    inputs.put("authenticity", authenticity);
    inputs.put("crisisActive", crisisActive);
    inputs.put("hotIssue", hotIssue);
    inputs.put("mentionTopic", topic);
    inputs.put("mentionReach", reach);
    return dmn.evaluate(inputs);
  }
}
