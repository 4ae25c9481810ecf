package org.relay.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.relay.processes.Classification.about;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Crisis mode in the model: mentions of a topic in crisis take the crisis path to PR, every draft
 * about the topic needs PR's approval while the crisis lasts (the check step reports crisisActive,
 * review-policy.dmn decides), and once it ends new mentions take the normal path again. Also the
 * robot effect on hot topics: a draft that is nearly a copy of stock wording goes to PR.
 */
@Deployment(
    resources = {
      EngagementDriver.ENGAGEMENT_BPMN,
      EngagementDriver.ROUTING_DMN,
      EngagementDriver.REVIEW_POLICY_DMN
    })
class EngagementCrisisTest {

  private static final String CRISIS_REASON =
      "A crisis is active on this topic: PR approves every reply to it.";

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
  void shouldHavePrApproveACleanDraftWrittenDuringACrisisOnAMentionRoutedBeforeIt() {
    engagement.classifyAs("billing");
    ProcessInstance instance = engagement.offerMention(42, "webhook");
    assertThat(engagement.candidateGroups(engagement.task(instance, "claimAndDraft")))
        .containsExactly("billing");

    engagement.findDraftDuringCrisis(false);
    engagement.submitDraft(instance, "carol", 1001);

    assertThat(instance).isWaitingAt("prReview").isNotWaitingAt("legalReview");
    assertThat(engagement.variables(instance))
        .containsEntry("crisisActive", true)
        .containsEntry("hotIssue", false)
        .containsEntry("reviewReason", CRISIS_REASON);
  }

  @Test
  void shouldHaveLegalAndPrReviewAConfidentialDraftDuringACrisis() {
    engagement.classify(about("outage").duringACrisis());
    engagement.findDraftDuringCrisis(true);
    ProcessInstance instance = engagement.offerMention(42, "webhook");

    engagement.submitDraft(instance, "paul", 1001);

    assertThat(instance).isWaitingAt("prReview", "legalReview");
    assertThat((String) engagement.variables(instance).get("reviewReason"))
        .startsWith("A crisis is active on this topic");
  }

  @Test
  void shouldRunACrisisFromStartToEnd() {
    engagement.classify(about("outage").duringACrisis());
    engagement.findDraftDuringCrisis(false);
    ProcessInstance duringCrisis = engagement.offerMention(1, "webhook");
    assertThat(duringCrisis).hasPassed("crisisRaised");
    assertThat(engagement.candidateGroups(engagement.task(duringCrisis, "claimAndDraft")))
        .containsExactly("pr");
    engagement.submitDraft(duringCrisis, "paul", 1001);
    assertThat(duringCrisis).isWaitingAt("prReview");
    engagement.reviewPr(duringCrisis, "approve");
    assertThat(duringCrisis).isWaitingAt("publishReply");

    // PR ends the crisis: classification no longer reports it, and neither does the check.
    engagement.classifyAs("outage");
    engagement.findDraft(false, false, false);
    ProcessInstance afterCrisis = engagement.offerMention(2, "webhook");

    assertThat(afterCrisis).hasPassed("routeMention").hasNotPassed("crisisRaised");
    assertThat(engagement.candidateGroups(engagement.task(afterCrisis, "claimAndDraft")))
        .containsExactly("product-engineering");
    engagement.submitDraft(afterCrisis, "bob", 1002);
    assertThat(afterCrisis).hasNotPassed("prReview", "legalReview").isWaitingAt("publishReply");
  }

  @Test
  void shouldKeepPrReviewingAMentionTakenOnTheCrisisPathAfterTheCrisisEnded() {
    engagement.classify(about("outage").duringACrisis());
    ProcessInstance instance = engagement.offerMention(42, "webhook");

    engagement.findDraftKeepingHotIssue(false, false);
    engagement.submitDraft(instance, "paul", 1001);

    assertThat(instance).isWaitingAt("prReview");
    assertThat(engagement.variables(instance))
        .containsEntry("crisisActive", false)
        .containsEntry("reviewReason", "The mention is a hot issue: PR reviews every reply to it.");
  }

  @Test
  void shouldSendANearCopyOfStockWordingOnAHotTopicToPr() {
    engagement.classifyAs("outage");
    engagement.findDraftResembling("very-high");
    ProcessInstance instance = engagement.offerMention(42, "webhook");

    engagement.submitDraft(instance, "bob", 1001);

    assertThat(instance).isWaitingAt("prReview").isNotWaitingAt("legalReview");
  }

  @Test
  void shouldSendANearCopyOfStockWordingToAWideAudienceToPr() {
    engagement.classify(about("billing").withReach("HIGH"));
    engagement.findDraftResembling("very-high");
    ProcessInstance instance = engagement.offerMention(42, "webhook");

    engagement.submitDraft(instance, "carol", 1001);

    assertThat(instance).isWaitingAt("prReview");
  }

  @Test
  void shouldPublishASimilarDraftOnAHotTopicWithoutReview() {
    engagement.classifyAs("outage");
    engagement.findDraftResembling("similar");
    ProcessInstance instance = engagement.offerMention(42, "webhook");

    engagement.submitDraft(instance, "bob", 1001);

    assertThat(instance).hasNotPassed("prReview", "legalReview").isWaitingAt("publishReply");
  }
}
