package org.relay.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** routing.dmn on its own, rule by rule: every rule is hit by at least one case. */
class RoutingDecisionTest {

  private static DmnEngine dmnEngine;
  private static DmnDecision routing;

  @BeforeAll
  static void parseDecision() throws Exception {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream model =
        RoutingDecisionTest.class.getResourceAsStream("/org/relay/processes/routing.dmn")) {
      routing = dmnEngine.parseDecision("routing", model);
    }
  }

  @ParameterizedTest(name = "{0} on {1} goes to {2} ({3}, {4} h)")
  @CsvSource({
    "outage,    webhook,  product-engineering, high,   2",
    "outage,    mastodon, product-engineering, high,   2",
    "complaint, mastodon, support,             high,   4",
    "complaint, rss,      support,             high,   4",
    "billing,   webhook,  billing,             normal, 8",
    "product,   rss,      product-engineering, normal, 24",
    "legal,     webhook,  legal,               high,   8",
    "press,     mastodon, pr,                  high,   4",
    "careers,   webhook,  hr,                  low,    48",
    "complaint, webhook,  support,             normal, 24",
    "question,  webhook,  support,             normal, 24",
  })
  void shouldRouteByTopicAndChannel(
      String topic, String channel, String department, String priority, int slaHours) {
    DmnDecisionResultEntries result = evaluate(topic, channel);

    assertThat(result.<String>getEntry("department")).isEqualTo(department);
    assertThat(result.<String>getEntry("priority")).isEqualTo(priority);
    assertThat(result.<Integer>getEntry("slaHours")).isEqualTo(slaHours);
  }

  @Test
  void shouldRouteUnclassifiedMentionToSupport() {
    DmnDecisionResultEntries result = evaluate(null, "webhook");

    assertThat(result.<String>getEntry("department")).isEqualTo("support");
  }

  private static DmnDecisionResultEntries evaluate(String topic, String channel) {
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put("topic", topic);
    variables.put("channel", channel);
    return dmnEngine.evaluateDecision(routing, variables).getSingleResult();
  }
}
