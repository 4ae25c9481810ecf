package org.relay.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What an employee does with the reply task, besides drafting: close, transfer, escalate. */
@Deployment(
    resources = {
      EngagementDriver.ENGAGEMENT_BPMN,
      EngagementDriver.ROUTING_DMN,
      EngagementDriver.REVIEW_POLICY_DMN
    })
class EngagementActionTest {

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
  void shouldEndWithoutReplyWhenTheMentionNeedsNone() {
    ProcessInstance instance = engagement.offerMention(42, "webhook");

    engagement.closeAsNoReply(instance);

    assertThat(instance).hasPassed("chooseAction", "closedNoReply").isEnded();
    assertThat(instance).hasNotPassed("checkDraft", "hotIssueRaised");
    assertThat(engagement.openTasks(instance)).isZero();
  }

  @Test
  void shouldEndTheOpenFollowUpTaskWhenClosedWithoutReply() {
    ProcessInstance instance = engagement.offerMention(42, "webhook");
    engagement.fireTimer(instance, "slaReached");
    assertThat(engagement.task(instance, "followUpOverdueMention")).isNotNull();

    engagement.closeAsNoReply(instance);

    assertThat(instance).isEnded().hasPassed("closedNoReply").hasNotPassed("followUpDone");
    assertThat(engagement.openTasks(instance)).isZero();
  }

  @Test
  void shouldOfferATransferredMentionToTheNewDepartmentWithAFreshSla() {
    engagement.classifyAs("billing");
    ProcessInstance instance = engagement.offerMention(42, "webhook");
    engagement.moveClockBy(Duration.ofHours(1));
    Instant transferredAt = engagement.now();

    engagement.transfer(instance, "support");

    assertThat(instance).isWaitingAt("claimAndDraft").hasNotPassed("checkDraft");
    assertThat(engagement.timesPassed(instance, "claimAndDraft")).isEqualTo(2);
    Task task = engagement.task(instance, "claimAndDraft");
    assertThat(engagement.candidateGroups(task)).containsExactly("support");
    assertThat(task.getAssignee()).isNull();
    assertThat(task.getDueDate().toInstant()).isEqualTo(transferredAt.plus(Duration.ofHours(8)));
    assertThat(engagement.timer(instance, "slaReached").getDuedate().toInstant())
        .isEqualTo(transferredAt.plus(Duration.ofHours(8)));
    assertThat(engagement.variables(instance))
        .containsEntry("department", "support")
        .containsEntry("priority", "normal");
  }

  @Test
  void shouldOfferAnEscalatedMentionToPrAtHighPriority() {
    engagement.classifyAs("billing");
    ProcessInstance instance = engagement.offerMention(42, "webhook");

    engagement.escalate(instance);

    assertThat(instance).hasPassed("hotIssueRaised").isWaitingAt("claimAndDraft");
    Task task = engagement.task(instance, "claimAndDraft");
    assertThat(engagement.candidateGroups(task)).containsExactly("pr");
    assertThat(task.getAssignee()).isNull();
    assertThat(engagement.variables(instance))
        .containsEntry("department", "pr")
        .containsEntry("priority", "high")
        .containsEntry("hotIssue", true);
  }

  @Test
  void shouldHavePrReviewTheReplyToAnEscalatedMention() {
    engagement.findDraftKeepingHotIssue(false, false);
    ProcessInstance instance = engagement.offerMention(42, "webhook");
    engagement.escalate(instance);

    engagement.submitDraft(instance, "pia", 1001);

    assertThat(instance).isWaitingAt("prReview").isNotWaitingAt("legalReview");
    assertThat(engagement.variables(instance)).containsEntry("hotIssue", true);
  }

  @Test
  void shouldOfferAnEscalatedDraftToAllOfPrNotToItsAuthor() {
    engagement.findDraft(false, true, false);
    ProcessInstance instance = engagement.offerMention(42, "webhook");
    engagement.submitDraft(instance, "ana", 1001);
    engagement.reviewPr(instance, "changes");
    assertThat(engagement.task(instance, "claimAndDraft").getAssignee()).isEqualTo("ana");

    engagement.escalate(instance);

    Task task = engagement.task(instance, "claimAndDraft");
    assertThat(engagement.candidateGroups(task)).containsExactly("pr");
    assertThat(task.getAssignee()).isNull();
    assertThat(engagement.variables(instance)).containsEntry("draftAuthor", null);
  }
}
