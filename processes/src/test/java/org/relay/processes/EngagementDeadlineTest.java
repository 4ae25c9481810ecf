package org.relay.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The non-interrupting timers: a reply task past its SLA, or past twice its SLA, and a review open
 * for more than eight hours. None of them takes the work away from where it waits.
 */
@Deployment(
    resources = {
      EngagementDriver.ENGAGEMENT_BPMN,
      EngagementDriver.ROUTING_DMN,
      EngagementDriver.REVIEW_POLICY_DMN
    })
class EngagementDeadlineTest {

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
  void shouldAskTheDepartmentLeadToFollowUpWhenTheSlaIsReached() {
    engagement.classifyAs("billing");
    ProcessInstance instance = engagement.offerMention(42, "webhook");

    engagement.fireTimer(instance, "slaReached");

    assertThat(instance).isWaitingAt("claimAndDraft", "followUpOverdueMention");
    assertThat(engagement.candidateGroups(engagement.task(instance, "followUpOverdueMention")))
        .containsExactly("lead:billing");
    assertThat(engagement.timer(instance, "slaReached")).isNull();
    assertThat(engagement.timer(instance, "slaDoubled")).isNotNull();
    assertThat(engagement.handedOverTaskKeys()).isEmpty();
  }

  @Test
  void shouldKeepTheReplyTaskOpenWhenTheLeadHasFollowedUp() {
    ProcessInstance instance = engagement.offerMention(42, "webhook");
    engagement.fireTimer(instance, "slaReached");

    engagement.followUp(instance);

    assertThat(instance).hasPassed("followUpDone").isWaitingAt("claimAndDraft").isNotEnded();
    assertThat(engagement.openTasks(instance)).isEqualTo(1);
  }

  @Test
  void shouldMoveTheReplyTaskToTheLeadsQueueAtTwiceTheSla() {
    ProcessInstance instance = engagement.offerMention(42, "webhook");

    engagement.fireTimer(instance, "slaDoubled");

    assertThat(engagement.handedOverTaskKeys()).containsExactly("claimAndDraft");
    assertThat(instance).hasPassed("moveToLeadQueue", "movedToLeadQueue");
    assertThat(instance).isWaitingAt("claimAndDraft");
  }

  @Test
  void shouldStopTheSlaTimersOnceTheDraftIsSubmitted() {
    engagement.findDraft(true, false, false);
    ProcessInstance instance = engagement.offerMention(42, "webhook");

    engagement.submitDraft(instance, "ana", 1001);

    assertThat(engagement.timer(instance, "slaReached")).isNull();
    assertThat(engagement.timer(instance, "slaDoubled")).isNull();
  }

  @Test
  void shouldHandALegalReviewOpenForEightHoursToTheLead() {
    engagement.findDraft(true, false, false);
    ProcessInstance instance = engagement.offerMention(42, "webhook");
    engagement.moveClockBy(Duration.ofHours(3));
    Instant submitted = engagement.now();
    engagement.submitDraft(instance, "ana", 1001);
    assertThat(engagement.timer(instance, "legalReviewOverdue").getDuedate().toInstant())
        .isEqualTo(submitted.plus(Duration.ofHours(8)));
    assertThat(engagement.task(instance, "legalReview").getDueDate().toInstant())
        .isEqualTo(submitted.plus(Duration.ofHours(8)));

    engagement.fireTimer(instance, "legalReviewOverdue");

    assertThat(engagement.handedOverTaskKeys()).containsExactly("legalReview");
    assertThat(instance).hasPassed("handLegalReviewToLead", "legalReviewHandedOver");
    assertThat(instance).isWaitingAt("legalReview");
  }

  @Test
  void shouldHandAPrReviewOpenForEightHoursToTheLead() {
    engagement.findDraft(false, true, false);
    ProcessInstance instance = engagement.offerMention(42, "webhook");
    engagement.submitDraft(instance, "ana", 1001);
    assertThat(engagement.timer(instance, "prReviewOverdue").getDuedate().toInstant())
        .isEqualTo(engagement.now().plus(Duration.ofHours(8)));

    engagement.fireTimer(instance, "prReviewOverdue");

    assertThat(engagement.handedOverTaskKeys()).containsExactly("prReview");
    assertThat(instance).hasPassed("handPrReviewToLead", "prReviewHandedOver");
    assertThat(instance).isWaitingAt("prReview");
  }

  @Test
  void shouldCompleteTheReviewsAfterAHandOver() {
    engagement.findDraft(true, true, false);
    ProcessInstance instance = engagement.offerMention(42, "webhook");
    engagement.submitDraft(instance, "ana", 1001);
    engagement.fireTimer(instance, "legalReviewOverdue");
    engagement.fireTimer(instance, "prReviewOverdue");

    engagement.reviewLegal(instance, "approve");
    engagement.reviewPr(instance, "approve");

    assertThat(engagement.handedOverTaskKeys())
        .containsExactlyInAnyOrder("legalReview", "prReview");
    assertThat(instance).isWaitingAt("publishReply");
  }
}
