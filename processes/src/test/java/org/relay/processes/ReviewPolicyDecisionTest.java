package org.relay.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * review-policy.dmn on its own, rule by rule: every combination of the three findings, with the
 * rule that wins under the FIRST hit policy.
 */
class ReviewPolicyDecisionTest {

  private static final List<String> matchedRules = new ArrayList<>();
  private static DmnEngine dmnEngine;
  private static DmnDecision reviewPolicy;

  @BeforeAll
  static void parseDecision() throws Exception {
    DmnDecisionEvaluationListener recordMatchedRules =
        event ->
            ((DmnDecisionTableEvaluationEvent) event.getDecisionResult())
                .getMatchingRules().stream()
                    .map(DmnEvaluatedDecisionRule::getId)
                    .forEach(matchedRules::add);
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration)
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionEvaluationListeners(List.of(recordMatchedRules));
    // As in production (ProcessEngineBootstrap).
    configuration.enableFeelLegacyBehavior(true);
    dmnEngine = configuration.buildEngine();
    try (InputStream model =
        ReviewPolicyDecisionTest.class.getResourceAsStream(
            "/org/relay/processes/review-policy.dmn")) {
      reviewPolicy = dmnEngine.parseDecision("reviewPolicy", model);
    }
  }

  @BeforeEach
  void forgetMatchedRules() {
    matchedRules.clear();
  }

  @ParameterizedTest(
      name = "confidential={0}, reputation risk={1}, hot issue={2}: {3} (legal {4}, PR {5})")
  @CsvSource({
    "true,  true,  false, confidentialAndReputation, true,  true",
    "true,  true,  true,  confidentialAndReputation, true,  true",
    "true,  false, true,  confidentialOnHotIssue,    true,  true",
    "true,  false, false, confidentialOnly,          true,  false",
    "false, true,  false, reputationRiskOnly,        false, true",
    "false, true,  true,  reputationRiskOnly,        false, true",
    "false, false, true,  hotIssueOnly,              false, true",
    "false, false, false, noReview,                  false, false",
  })
  void shouldChooseTheReviewersFromTheFindings(
      boolean confidential,
      boolean reputationRisk,
      boolean hotIssue,
      String rule,
      boolean legalReview,
      boolean prReview) {
    DmnDecisionResultEntries result = evaluate(confidential, reputationRisk, hotIssue);

    assertThat(matchedRules).first().isEqualTo(rule);
    assertThat(result.<Boolean>getEntry("legalReview")).isEqualTo(legalReview);
    assertThat(result.<Boolean>getEntry("prReview")).isEqualTo(prReview);
    assertThat(result.<String>getEntry("reason")).isNotBlank();
  }

  @Test
  void shouldExplainWhyLegalReviewsAConfidentialDraft() {
    DmnDecisionResultEntries result = evaluate(true, false, false);

    assertThat(result.<String>getEntry("reason"))
        .isEqualTo("The draft may reveal confidential information: legal reviews it.");
  }

  @Test
  void shouldLetPrReviewEveryReplyToAHotIssue() {
    DmnDecisionResultEntries result = evaluate(false, false, true);

    assertThat(result.<Boolean>getEntry("prReview")).isTrue();
    assertThat(result.<String>getEntry("reason"))
        .isEqualTo("The mention is a hot issue: PR reviews every reply to it.");
  }

  @Test
  void shouldPublishAsWrittenWhenNothingIsFound() {
    DmnDecisionResultEntries result = evaluate(false, false, false);

    assertThat(result.<Boolean>getEntry("legalReview")).isFalse();
    assertThat(result.<Boolean>getEntry("prReview")).isFalse();
    assertThat(result.<String>getEntry("reason"))
        .isEqualTo("No finding needs a review: the reply is published as written.");
  }

  private static DmnDecisionResultEntries evaluate(
      boolean confidential, boolean reputationRisk, boolean hotIssue) {
    Map<String, Object> findings =
        Map.of(
            "confidential", confidential, "reputationRisk", reputationRisk, "hotIssue", hotIssue);
    return dmnEngine.evaluateDecision(reviewPolicy, findings).getSingleResult();
  }
}
