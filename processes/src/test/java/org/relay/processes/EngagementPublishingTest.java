package org.relay.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Publishing an approved reply in its own job, and what happens when the channel fails. */
@Deployment(
    resources = {
      EngagementDriver.ENGAGEMENT_BPMN,
      EngagementDriver.ROUTING_DMN,
      EngagementDriver.REVIEW_POLICY_DMN
    })
class EngagementPublishingTest {

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
  void shouldPublishTheApprovedReplyInItsOwnJob() throws Exception {
    ProcessInstance instance = approvedReply();
    assertThat(instance).isWaitingAt("publishReply");
    verifyNoInteractions(engagement.publishReply());

    engagement.publish(instance);

    verify(engagement.publishReply()).execute(any());
    assertThat(instance).hasPassed("publishReply", "responded").isEnded();
  }

  @Test
  void shouldKeepTheReplyWaitingForARetryWhenPublishingFails() throws Exception {
    ProcessInstance instance = approvedReply();
    doThrow(new IllegalStateException("channel unavailable"))
        .when(engagement.publishReply())
        .execute(any());
    Job publishJob = engagement.asyncJob(instance);

    assertThatThrownBy(() -> engagement.executeJob(publishJob))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("channel unavailable");

    // One retry per interval of PT10S,PT1M,PT5M,PT15M is left, the first in ten seconds.
    Job failed = engagement.refresh(publishJob);
    assertThat(failed.getRetries()).isEqualTo(4);
    assertThat(failed.getExceptionMessage()).isEqualTo("channel unavailable");
    assertThat(failed.getDuedate().toInstant())
        .isEqualTo(engagement.now().plus(Duration.ofSeconds(10)));
    assertThat(instance).isWaitingAt("publishReply").isNotEnded().hasNotPassed("responded");
  }

  @Test
  void shouldBackOffLongerAfterEachFailedPublishing() throws Exception {
    ProcessInstance instance = approvedReply();
    doThrow(new IllegalStateException("channel unavailable"))
        .when(engagement.publishReply())
        .execute(any());
    Job publishJob = engagement.asyncJob(instance);
    failToPublish(publishJob);

    failToPublish(publishJob);

    Job failed = engagement.refresh(publishJob);
    assertThat(failed.getRetries()).isEqualTo(3);
    assertThat(failed.getDuedate().toInstant())
        .isEqualTo(engagement.now().plus(Duration.ofMinutes(1)));
  }

  @Test
  void shouldRespondWhenARetryOfPublishingSucceeds() throws Exception {
    ProcessInstance instance = approvedReply();
    doThrow(new IllegalStateException("channel unavailable"))
        .doNothing()
        .when(engagement.publishReply())
        .execute(any());
    Job publishJob = engagement.asyncJob(instance);
    failToPublish(publishJob);

    engagement.executeJob(publishJob);

    verify(engagement.publishReply(), times(2)).execute(any());
    assertThat(instance).hasPassed("responded").isEnded();
  }

  @Test
  void shouldEndTheOpenFollowUpTaskWhenTheReplyIsPublished() throws Exception {
    ProcessInstance instance = engagement.offerMention(42, "webhook");
    engagement.fireTimer(instance, "slaReached");
    engagement.submitDraft(instance, "ana", 1001);
    assertThat(instance).isWaitingAt("publishReply", "followUpOverdueMention");

    engagement.publish(instance);

    assertThat(instance).hasPassed("responded").hasNotPassed("followUpDone").isEnded();
    assertThat(engagement.openTasks(instance)).isZero();
  }

  private void failToPublish(Job publishJob) {
    assertThatThrownBy(() -> engagement.executeJob(publishJob))
        .isInstanceOf(IllegalStateException.class);
  }

  private ProcessInstance approvedReply() {
    engagement.findDraft(false, false, false);
    ProcessInstance instance = engagement.offerMention(42, "webhook");
    engagement.submitDraft(instance, "ana", 1001);
    return instance;
  }
}
