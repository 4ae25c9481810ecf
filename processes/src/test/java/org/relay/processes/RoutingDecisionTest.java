package org.relay.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLogicEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * routing.dmn on its own, rule by rule: every rule of both tables is hit by at least one case, and
 * each case names the rule that wins under the FIRST hit policy. The required decision {@code
 * standardRouting} chooses the department by topic and channel; {@code routing} raises the priority
 * and shortens the SLA for urgent posts and high-reach authors.
 */
class RoutingDecisionTest {

  /** The winning rule of each decision of the last evaluation, by decision key. */
  private static final Map<String, String> winningRules = new HashMap<>();

  private static DmnEngine dmnEngine;
  private static DmnDecision routing;

  @BeforeAll
  static void parseDecision() throws Exception {
    DmnDecisionEvaluationListener recordWinningRules =
        event -> {
          recordWinningRule(event.getDecisionResult());
          event.getRequiredDecisionResults().forEach(RoutingDecisionTest::recordWinningRule);
        };
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration)
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionEvaluationListeners(List.of(recordWinningRules));
    // As in production (ProcessEngineBootstrap).
    configuration.enableFeelLegacyBehavior(true);
    dmnEngine = configuration.buildEngine();
    try (InputStream model =
        RoutingDecisionTest.class.getResourceAsStream("/org/relay/processes/routing.dmn")) {
      routing = dmnEngine.parseDecision("routing", model);
    }
  }

  @BeforeEach
  void forgetWinningRules() {
    winningRules.clear();
  }

  @ParameterizedTest(name = "{0} on {1} goes by {2} to {3} ({4}, {5} h)")
  @CsvSource({
    "outage,    webhook,  outageToEngineering,      product-engineering, high,   2",
    "outage,    mastodon, outageToEngineering,      product-engineering, high,   2",
    "complaint, mastodon, publicComplaintToSupport, support,             high,   4",
    "complaint, rss,      publicComplaintToSupport, support,             high,   4",
    "billing,   webhook,  billingToBilling,         billing,             normal, 8",
    "product,   rss,      productToEngineering,     product-engineering, normal, 24",
    "legal,     webhook,  legalToLegal,             legal,               high,   8",
    "press,     mastodon, pressToPr,                pr,                  high,   4",
    "careers,   webhook,  careersToHr,              hr,                  low,    48",
    "complaint, webhook,  everythingElseToSupport,  support,             normal, 24",
    "question,  webhook,  everythingElseToSupport,  support,             normal, 24",
  })
  void shouldRouteAnOrdinaryMentionByTopicAndChannel(
      String topic, String channel, String rule, String department, String priority, int slaHours) {
    DmnDecisionResultEntries result = evaluate(ordinary(topic, channel));

    assertThat(winningRules)
        .containsEntry("standardRouting", rule)
        .containsEntry("routing", "standardHandling");
    assertThat(result.<String>getEntry("department")).isEqualTo(department);
    assertThat(result.<String>getEntry("priority")).isEqualTo(priority);
    assertThat(result.<Integer>getEntry("slaHours")).isEqualTo(slaHours);
  }

  @Test
  void shouldRouteUnclassifiedMentionToSupport() {
    DmnDecisionResultEntries result = evaluate(ordinary(null, "webhook"));

    assertThat(winningRules).containsEntry("standardRouting", "everythingElseToSupport");
    assertThat(result.<String>getEntry("department")).isEqualTo("support");
  }

  @ParameterizedTest(
      name = "{0} on {1}, urgent={2}, reach {3}, {4}: {5} keeps {6} at {7} within {8} h")
  @CsvSource({
    "billing,   webhook,  true,  LOW,     NEUTRAL,  urgentPost,        billing,             high,   2",
    "careers,   webhook,  true,  UNKNOWN, POSITIVE, urgentPost,        hr,                  high,   2",
    "outage,    webhook,  true,  LOW,     NEUTRAL,  urgentPost,        product-engineering, high,   2",
    "billing,   webhook,  true,  HIGH,    NEGATIVE, urgentPost,        billing,             high,   2",
    "billing,   webhook,  false, HIGH,    NEGATIVE, negativeHighReach, billing,             high,   2",
    "complaint, mastodon, false, HIGH,    NEGATIVE, negativeHighReach, support,             high,   2",
    "billing,   webhook,  false, HIGH,    NEUTRAL,  highReachAuthor,   billing,             high,   4",
    "careers,   webhook,  false, HIGH,    POSITIVE, highReachAuthor,   hr,                  high,   4",
    "outage,    rss,      false, HIGH,    POSITIVE, highReachAuthor,   product-engineering, high,   2",
    "billing,   webhook,  false, MEDIUM,  NEGATIVE, standardHandling,  billing,             normal, 8",
    "billing,   webhook,  false, UNKNOWN, NEGATIVE, standardHandling,  billing,             normal, 8",
    "careers,   webhook,  false, LOW,     NEGATIVE, standardHandling,  hr,                  low,    48",
  })
  void shouldRaiseThePriorityAndShortenTheSlaOfUrgentAndHighReachMentions(
      String topic,
      String channel,
      boolean urgent,
      String reach,
      String sentiment,
      String rule,
      String department,
      String priority,
      int slaHours) {
    Map<String, Object> mention = ordinary(topic, channel);
    mention.put("urgent", urgent);
    mention.put("reach", reach);
    mention.put("sentiment", sentiment);

    DmnDecisionResultEntries result = evaluate(mention);

    assertThat(winningRules).containsEntry("routing", rule);
    assertThat(result.<String>getEntry("department")).isEqualTo(department);
    assertThat(result.<String>getEntry("priority")).isEqualTo(priority);
    assertThat(result.<Integer>getEntry("slaHours")).isEqualTo(slaHours);
  }

  @Test
  void shouldNeverLengthenTheStandardSla() {
    Map<String, Object> outage = ordinary("outage", "webhook");
    outage.put("reach", "HIGH");

    DmnDecisionResultEntries result = evaluate(outage);

    assertThat(winningRules).containsEntry("routing", "highReachAuthor");
    assertThat(result.<Integer>getEntry("slaHours")).isEqualTo(2);
  }

  @Test
  void shouldRouteByTopicAloneWhenClassificationSaysNothingElse() {
    // What the process's routing step supplies when classification is silent.
    Map<String, Object> topicOnly = new HashMap<>();
    topicOnly.put("topic", "billing");
    topicOnly.put("channel", "webhook");
    topicOnly.put("urgent", false);
    topicOnly.put("reach", "UNKNOWN");
    topicOnly.put("sentiment", "NEUTRAL");

    DmnDecisionResultEntries result = evaluate(topicOnly);

    assertThat(winningRules).containsEntry("routing", "standardHandling");
    assertThat(result.<String>getEntry("priority")).isEqualTo("normal");
    assertThat(result.<Integer>getEntry("slaHours")).isEqualTo(8);
  }

  /** A mention as classification describes most of them: not urgent, few followers, neutral. */
  private static Map<String, Object> ordinary(String topic, String channel) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("topic", topic);
    variables.put("channel", channel);
    variables.put("urgent", false);
    variables.put("reach", "LOW");
    variables.put("sentiment", "NEUTRAL");
    return variables;
  }

  private static DmnDecisionResultEntries evaluate(Map<String, Object> variables) {
    return dmnEngine.evaluateDecision(routing, variables).getSingleResult();
  }

  private static void recordWinningRule(DmnDecisionLogicEvaluationEvent event) {
    List<DmnEvaluatedDecisionRule> matching =
        ((DmnDecisionTableEvaluationEvent) event).getMatchingRules();
    if (!matching.isEmpty()) {
      winningRules.put(event.getDecision().getKey(), matching.get(0).getId());
    }
  }
}
