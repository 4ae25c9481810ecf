package org.relay.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A submitted draft: the guideline check, the review policy, the legal and PR reviews and their
 * verdict (publish, rework or reject).
 */
@Deployment(
    resources = {
      EngagementDriver.ENGAGEMENT_BPMN,
      EngagementDriver.ROUTING_DMN,
      EngagementDriver.REVIEW_POLICY_DMN
    })
class EngagementReviewTest {

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
  void shouldPublishWithoutReviewWhenTheCheckFindsNothing() {
    engagement.findDraft(false, false, false);
    ProcessInstance instance = engagement.offerMention(42, "webhook");

    engagement.submitDraft(instance, "ana", 1001);

    assertThat(instance)
        .hasPassedInOrder("checkDraft", "decideReview", "reviewNeeded", "reviewsDone")
        .hasPassed("reviewOutcome")
        .hasNotPassed("legalReview", "prReview")
        .isWaitingAt("publishReply");
    assertThat(engagement.variables(instance))
        .containsEntry("draftId", 1001L)
        .containsEntry("legalReview", false)
        .containsEntry("prReview", false)
        .containsEntry(
            "reviewReason", "No finding needs a review: the reply is published as written.");
  }

  @Test
  void shouldAskOnlyLegalWhenTheDraftMayRevealConfidentialInformation() {
    engagement.findDraft(true, false, false);
    ProcessInstance instance = engagement.offerMention(42, "webhook");

    engagement.submitDraft(instance, "ana", 1001);

    assertThat(instance).isWaitingAt("legalReview").isNotWaitingAt("prReview");
    Task review = engagement.task(instance, "legalReview");
    assertThat(engagement.candidateGroups(review)).containsExactly("legal");
    assertThat(review.getAssignee()).isNull();

    engagement.reviewLegal(instance, "approve");

    assertThat(instance).hasPassed("reviewsDone", "reviewOutcome").isWaitingAt("publishReply");
  }

  @Test
  void shouldRefuseAReviewCompletedWithoutAValidOutcomeAndPublishNothing() {
    engagement.findDraft(true, false, false);
    ProcessInstance instance = engagement.offerMention(42, "webhook");
    engagement.submitDraft(instance, "ana", 1001);

    assertThatThrownBy(() -> engagement.reviewLegal(instance, "aprove"))
        .isInstanceOf(ProcessEngineException.class);

    assertThat(instance).isWaitingAt("legalReview");
    verifyNoInteractions(engagement.publishReply());
  }

  @Test
  void shouldAskOnlyPrWhenTheDraftRisksTheReputation() {
    engagement.findDraft(false, true, false);
    ProcessInstance instance = engagement.offerMention(42, "webhook");

    engagement.submitDraft(instance, "ana", 1001);

    assertThat(instance).isWaitingAt("prReview").isNotWaitingAt("legalReview");
    assertThat(engagement.candidateGroups(engagement.task(instance, "prReview")))
        .containsExactly("pr");

    engagement.reviewPr(instance, "approve");

    assertThat(instance).isWaitingAt("publishReply");
  }

  @Test
  void shouldPublishOnlyAfterLegalAndPrBothApprove() {
    engagement.findDraft(true, true, false);
    ProcessInstance instance = engagement.offerMention(42, "webhook");
    engagement.submitDraft(instance, "ana", 1001);
    assertThat(instance).isWaitingAt("legalReview", "prReview");

    engagement.reviewLegal(instance, "approve");

    assertThat(instance).isWaitingAt("prReview").isNotWaitingAt("publishReply");
    assertThat(instance).hasNotPassed("reviewOutcome");

    engagement.reviewPr(instance, "approve");

    assertThat(instance).isWaitingAt("publishReply");
    assertThat(engagement.timesPassed(instance, "reviewOutcome")).isEqualTo(1);
  }

  @Test
  void shouldReturnTheDraftToItsAuthorWhenAReviewerRequestsChanges() {
    engagement.findDraft(true, true, false);
    ProcessInstance instance = engagement.offerMention(42, "webhook");
    engagement.submitDraft(instance, "ana", 1001);
    engagement.reviewLegal(instance, "changes");

    engagement.reviewPr(instance, "approve");

    assertThat(instance).isWaitingAt("claimAndDraft").isNotWaitingAt("publishReply");
    Task rework = engagement.task(instance, "claimAndDraft");
    assertThat(rework.getAssignee()).isEqualTo("ana");
    assertThat(engagement.candidateGroups(rework)).containsExactly("billing");
  }

  @Test
  void shouldPublishTheReworkedDraftOnceTheSecondRoundApproves() {
    engagement.findDraft(true, true, false);
    ProcessInstance instance = engagement.offerMention(42, "webhook");
    engagement.submitDraft(instance, "ana", 1001);
    engagement.reviewLegal(instance, "approve");
    engagement.reviewPr(instance, "changes");
    assertThat(engagement.task(instance, "claimAndDraft").getAssignee()).isEqualTo("ana");
    engagement.findDraft(false, true, false);

    engagement.submitDraft(instance, "ana", 1002);

    assertThat(instance).isWaitingAt("prReview").isNotWaitingAt("legalReview");
    assertThat(engagement.variables(instance))
        .containsEntry("draftId", 1002L)
        .containsEntry("legalOutcome", null)
        .containsEntry("prOutcome", null);

    engagement.reviewPr(instance, "approve");

    assertThat(instance).isWaitingAt("publishReply");
    assertThat(engagement.timesPassed(instance, "claimAndDraft")).isEqualTo(2);
    assertThat(engagement.timesPassed(instance, "checkDraft")).isEqualTo(2);
    assertThat(engagement.timesPassed(instance, "legalReview")).isEqualTo(1);
    assertThat(engagement.timesPassed(instance, "prReview")).isEqualTo(2);
  }

  @Test
  void shouldEndRejectedWhenLegalRejects() {
    engagement.findDraft(true, false, false);
    ProcessInstance instance = engagement.offerMention(42, "webhook");
    engagement.submitDraft(instance, "ana", 1001);

    engagement.reviewLegal(instance, "reject");

    assertThat(instance).hasPassed("rejected").hasNotPassed("publishReply").isEnded();
    verifyNoInteractions(engagement.publishReply());
  }

  @Test
  void shouldEndRejectedWhenOneReviewerRejectsAndTheOtherAsksForChanges() {
    engagement.findDraft(true, true, false);
    ProcessInstance instance = engagement.offerMention(42, "webhook");
    engagement.submitDraft(instance, "ana", 1001);
    engagement.reviewLegal(instance, "changes");

    engagement.reviewPr(instance, "reject");

    assertThat(instance).hasPassed("rejected").isEnded();
    assertThat(engagement.timesPassed(instance, "claimAndDraft")).isEqualTo(1);
  }

  @Test
  void shouldEndTheOpenFollowUpTaskWhenTheDraftIsRejected() {
    engagement.findDraft(false, true, false);
    ProcessInstance instance = engagement.offerMention(42, "webhook");
    engagement.fireTimer(instance, "slaReached");
    engagement.submitDraft(instance, "ana", 1001);
    assertThat(instance).isWaitingAt("prReview", "followUpOverdueMention");

    engagement.reviewPr(instance, "reject");

    assertThat(instance).isEnded().hasNotPassed("followUpDone");
    assertThat(engagement.openTasks(instance)).isZero();
  }
}
