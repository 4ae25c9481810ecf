package org.relay.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.relay.processes.Classification.about;

import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * From the arrival of a mention to the reply task offered to the routed department, at the priority
 * and SLA routing.dmn gives its topic, channel, urgency and author's reach.
 */
@Deployment(
    resources = {
      EngagementDriver.ENGAGEMENT_BPMN,
      EngagementDriver.ROUTING_DMN,
      EngagementDriver.REVIEW_POLICY_DMN
    })
class EngagementIntakeTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder().build();

  ProcessEngine processEngine;
  EngagementDriver engagement;

  @BeforeEach
  void setUp() {
    engagement = new EngagementDriver(processEngine);
  }

  @AfterEach
  void tearDown() {
    EngagementDriver.reset();
  }

  @Test
  void shouldLeaveEverythingAfterTheStartToTheJobExecutor() {
    ProcessInstance instance = engagement.receiveMention(42, "webhook");

    assertThat(instance)
        .isWaitingAt("mentionReceived")
        .hasBusinessKey("42")
        .hasNotPassed("classifyMention");
    assertThat(engagement.asyncJob(instance)).isNotNull();
    assertThat(engagement.variables(instance))
        .containsEntry("mentionId", 42L)
        .containsEntry("channel", "webhook")
        .doesNotContainKey("topic");
  }

  @Test
  void shouldOfferABillingMentionToTheBillingDepartment() {
    engagement.classifyAs("billing");

    ProcessInstance instance = engagement.offerMention(42, "webhook");

    assertThat(instance)
        .hasPassedInOrder(
            "mentionReceived",
            "classifyMention",
            "triageMention",
            "routeMention",
            "offerToDepartment")
        .isWaitingAt("claimAndDraft");
    Task task = engagement.task(instance, "claimAndDraft");
    assertThat(engagement.candidateGroups(task)).containsExactly("billing");
    assertThat(task.getAssignee()).isNull();
    assertThat(task.getDueDate().toInstant())
        .isEqualTo(EngagementDriver.START.plusSeconds(8 * 3600));
    assertThat(engagement.variables(instance))
        .containsEntry("topic", "billing")
        .containsEntry("language", "en")
        .containsEntry("sentiment", "NEUTRAL")
        .containsEntry("reach", "LOW")
        .containsEntry("urgent", false)
        .containsEntry("employeeVoice", false)
        .containsEntry("crisis", false)
        .containsEntry("department", "billing")
        .containsEntry("priority", "normal")
        .containsEntry("slaHours", 8);
  }

  @Test
  void shouldOfferAnOutageOnlyToProductEngineeringAtHighPriority() {
    engagement.classifyAs("outage");

    ProcessInstance instance = engagement.offerMention(7, "mastodon");

    Task task = engagement.task(instance, "claimAndDraft");
    assertThat(engagement.candidateGroups(task)).containsExactly("product-engineering");
    assertThat(task.getDueDate().toInstant())
        .isEqualTo(EngagementDriver.START.plus(Duration.ofHours(2)));
    assertThat(engagement.variables(instance))
        .containsEntry("priority", "high")
        .containsEntry("slaHours", 2);
  }

  @Test
  void shouldRouteAnUnknownTopicToSupport() {
    engagement.classifyAs("question");

    ProcessInstance instance = engagement.offerMention(9, "rss");

    assertThat(engagement.candidateGroups(engagement.task(instance, "claimAndDraft")))
        .containsExactly("support");
    assertThat(engagement.variables(instance)).containsEntry("slaHours", 24);
  }

  @Test
  void shouldStartBothSlaTimersWithTheReplyTask() {
    engagement.classifyAs("billing");

    ProcessInstance instance = engagement.offerMention(42, "webhook");

    assertThat(engagement.timer(instance, "slaReached").getDuedate().toInstant())
        .isEqualTo(EngagementDriver.START.plus(Duration.ofHours(8)));
    assertThat(engagement.timer(instance, "slaDoubled").getDuedate().toInstant())
        .isEqualTo(EngagementDriver.START.plus(Duration.ofHours(16)));
  }

  @Test
  void shouldOfferAnUrgentPostToItsDepartmentAtHighPriorityWithinTwoHours() {
    engagement.classify(about("billing").urgently());

    ProcessInstance instance = engagement.offerMention(42, "webhook");

    Task task = engagement.task(instance, "claimAndDraft");
    assertThat(engagement.candidateGroups(task)).containsExactly("billing");
    assertThat(task.getDueDate().toInstant())
        .isEqualTo(EngagementDriver.START.plus(Duration.ofHours(2)));
    assertThat(engagement.timer(instance, "slaDoubled").getDuedate().toInstant())
        .isEqualTo(EngagementDriver.START.plus(Duration.ofHours(4)));
    assertThat(engagement.variables(instance))
        .containsEntry("department", "billing")
        .containsEntry("priority", "high")
        .containsEntry("slaHours", 2);
  }

  @Test
  void shouldOfferANegativePostByAHighReachAuthorAtHighPriorityWithinTwoHours() {
    engagement.classify(about("careers").withReach("HIGH").withSentiment("NEGATIVE"));

    ProcessInstance instance = engagement.offerMention(42, "mastodon");

    Task task = engagement.task(instance, "claimAndDraft");
    assertThat(engagement.candidateGroups(task)).containsExactly("hr");
    assertThat(task.getDueDate().toInstant())
        .isEqualTo(EngagementDriver.START.plus(Duration.ofHours(2)));
    assertThat(engagement.variables(instance))
        .containsEntry("priority", "high")
        .containsEntry("slaHours", 2);
  }

  @Test
  void shouldOfferAPostByAHighReachAuthorAtHighPriorityWithinFourHours() {
    engagement.classify(about("billing").withReach("HIGH").withSentiment("POSITIVE"));

    ProcessInstance instance = engagement.offerMention(42, "mastodon");

    Task task = engagement.task(instance, "claimAndDraft");
    assertThat(engagement.candidateGroups(task)).containsExactly("billing");
    assertThat(task.getDueDate().toInstant())
        .isEqualTo(EngagementDriver.START.plus(Duration.ofHours(4)));
    assertThat(engagement.variables(instance))
        .containsEntry("priority", "high")
        .containsEntry("slaHours", 4);
  }

  @Test
  void shouldKeepTheStandardRoutingOfANegativePostByAnAuthorWithFewFollowers() {
    engagement.classify(about("billing").withReach("MEDIUM").withSentiment("NEGATIVE"));

    ProcessInstance instance = engagement.offerMention(42, "mastodon");

    assertThat(engagement.task(instance, "claimAndDraft").getDueDate().toInstant())
        .isEqualTo(EngagementDriver.START.plus(Duration.ofHours(8)));
    assertThat(engagement.variables(instance))
        .containsEntry("priority", "normal")
        .containsEntry("slaHours", 8);
  }

  @Test
  void shouldRouteAMentionInAnUnknownLanguageLikeAnyOther() {
    engagement.classify(about("billing").inLanguage(null));

    ProcessInstance instance = engagement.offerMention(42, "webhook");

    assertThat(engagement.candidateGroups(engagement.task(instance, "claimAndDraft")))
        .containsExactly("billing");
    assertThat(engagement.variables(instance)).containsEntry("language", null);
  }
}
