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
 * Right after classification: a post by a registered employee is kept as employee voice, a mention
 * on a topic in crisis goes straight to PR, and only the rest is routed by routing.dmn.
 */
@Deployment(
    resources = {
      EngagementDriver.ENGAGEMENT_BPMN,
      EngagementDriver.ROUTING_DMN,
      EngagementDriver.REVIEW_POLICY_DMN
    })
class EngagementTriageTest {

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
  void shouldKeepAPostByAnEmployeeAsEmployeeVoiceWithoutAnyTask() {
    engagement.classify(about("billing").byAnEmployee());

    ProcessInstance instance = engagement.offerMention(42, "mastodon");

    assertThat(instance)
        .hasPassedInOrder("classifyMention", "triageMention", "keptAsEmployeeVoice")
        .hasNotPassed("routeMention", "crisisRaised", "offerToDepartment", "claimAndDraft")
        .isEnded();
    assertThat(engagement.openTasks(instance)).isZero();
    assertThat(engagement.openJobs(instance)).isZero();
  }

  @Test
  void shouldKeepAnUrgentNegativePostByAWidelyFollowedEmployeeAsEmployeeVoice() {
    engagement.classify(
        about("complaint").byAnEmployee().urgently().withReach("HIGH").withSentiment("NEGATIVE"));

    ProcessInstance instance = engagement.offerMention(42, "mastodon");

    assertThat(instance).hasPassed("keptAsEmployeeVoice").hasNotPassed("routeMention").isEnded();
    assertThat(engagement.openTasks(instance)).isZero();
  }

  @Test
  void shouldKeepAPostByAnEmployeeAsEmployeeVoiceEvenDuringACrisis() {
    engagement.classify(about("outage").byAnEmployee().duringACrisis());

    ProcessInstance instance = engagement.offerMention(42, "mastodon");

    assertThat(instance)
        .hasPassed("keptAsEmployeeVoice")
        .hasNotPassed("crisisRaised", "routeMention", "claimAndDraft")
        .isEnded();
    assertThat(engagement.openTasks(instance)).isZero();
  }

  @Test
  void shouldOfferAMentionDuringACrisisToPrAtHighPriorityWithinAnHour() {
    engagement.classify(about("billing").duringACrisis());

    ProcessInstance instance = engagement.offerMention(42, "webhook");

    assertThat(instance)
        .hasPassedInOrder("classifyMention", "triageMention", "crisisRaised", "offerToDepartment")
        .hasNotPassed("routeMention", "keptAsEmployeeVoice")
        .isWaitingAt("claimAndDraft");
    Task task = engagement.task(instance, "claimAndDraft");
    assertThat(engagement.candidateGroups(task)).containsExactly("pr");
    assertThat(task.getAssignee()).isNull();
    assertThat(task.getDueDate().toInstant())
        .isEqualTo(EngagementDriver.START.plus(Duration.ofHours(1)));
    assertThat(engagement.timer(instance, "slaReached").getDuedate().toInstant())
        .isEqualTo(EngagementDriver.START.plus(Duration.ofHours(1)));
    assertThat(engagement.timer(instance, "slaDoubled").getDuedate().toInstant())
        .isEqualTo(EngagementDriver.START.plus(Duration.ofHours(2)));
    assertThat(engagement.variables(instance))
        .containsEntry("department", "pr")
        .containsEntry("priority", "high")
        .containsEntry("hotIssue", true)
        .containsEntry("draftAuthor", null);
  }

  @Test
  void shouldNotLetRoutingByTopicOverrideACrisis() {
    engagement.classify(about("outage").duringACrisis().urgently().withReach("HIGH"));

    ProcessInstance instance = engagement.offerMention(42, "mastodon");

    assertThat(instance).hasPassed("crisisRaised").hasNotPassed("routeMention");
    Task task = engagement.task(instance, "claimAndDraft");
    assertThat(engagement.candidateGroups(task)).containsExactly("pr");
    assertThat(task.getDueDate().toInstant())
        .isEqualTo(EngagementDriver.START.plus(Duration.ofHours(1)));
  }

  @Test
  void shouldHavePrReviewEveryReplyDuringACrisis() {
    engagement.classify(about("billing").duringACrisis());
    engagement.findDraftKeepingHotIssue(false, false);
    ProcessInstance instance = engagement.offerMention(42, "webhook");

    engagement.submitDraft(instance, "pia", 1001);

    assertThat(instance).isWaitingAt("prReview").isNotWaitingAt("legalReview");
    assertThat(engagement.variables(instance))
        .containsEntry("reviewReason", "The mention is a hot issue: PR reviews every reply to it.");
  }

  @Test
  void shouldRouteAMentionThatIsNeitherEmployeeVoiceNorCrisis() {
    engagement.classify(about("billing"));

    ProcessInstance instance = engagement.offerMention(42, "webhook");

    assertThat(instance)
        .hasPassedInOrder("classifyMention", "triageMention", "routeMention", "offerToDepartment")
        .hasNotPassed("keptAsEmployeeVoice", "crisisRaised")
        .isWaitingAt("claimAndDraft");
    assertThat(engagement.candidateGroups(engagement.task(instance, "claimAndDraft")))
        .containsExactly("billing");
  }

  @Test
  void shouldRouteAMentionWhoseClassificationSetsOnlyTheTopic() {
    engagement.classifyTopicOnly("billing");

    ProcessInstance instance = engagement.offerMention(42, "webhook");

    assertThat(instance)
        .hasPassed("routeMention")
        .hasNotPassed("keptAsEmployeeVoice", "crisisRaised");
    assertThat(engagement.candidateGroups(engagement.task(instance, "claimAndDraft")))
        .containsExactly("billing");
    assertThat(engagement.variables(instance))
        .containsEntry("priority", "normal")
        .containsEntry("slaHours", 8);
  }
}
