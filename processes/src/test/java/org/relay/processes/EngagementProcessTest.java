package org.relay.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"org/relay/processes/engagement.bpmn", "org/relay/processes/routing.dmn"})
class EngagementProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engineExtension = ProcessEngineExtension.builder().build();

  ProcessEngine processEngine;

  @AfterEach
  void resetMocks() {
    Mocks.reset();
  }

  @Test
  void shouldWaitForTheJobExecutorRightAfterTheStart() {
    classifyAs("billing");

    ProcessInstance instance = start("42", "webhook");

    assertThat(instance).isWaitingAt("mentionReceived");
    assertThat(job(instance)).isNotNull();
  }

  @Test
  void shouldOfferABillingMentionToTheBillingDepartment() {
    classifyAs("billing");
    Instant started = Instant.now();

    ProcessInstance instance = start("42", "webhook");
    execute(job(instance));

    assertThat(instance).isWaitingAt("claimAndDraft");
    assertThat(task(instance)).hasCandidateGroup("billing").isNotAssigned();
    assertThat(instance)
        .variables()
        .containsEntry("priority", "normal")
        .containsEntry("slaHours", 8);
    Task task = task(instance);
    assertThat(task.getDueDate().toInstant())
        .isBetween(started.plus(Duration.ofHours(8)), Instant.now().plus(Duration.ofHours(8)));
  }

  @Test
  void shouldOfferOnlyTheRoutedDepartment() {
    classifyAs("outage");

    ProcessInstance instance = start("7", "mastodon");
    execute(job(instance));

    assertThat(instance).isWaitingAt("claimAndDraft");
    assertThat(
            processEngine.getTaskService().getIdentityLinksForTask(task(instance).getId()).stream()
                .map(IdentityLink::getGroupId))
        .containsExactly("product-engineering");
    assertThat(instance).variables().containsEntry("priority", "high");
  }

  @Test
  void shouldEndWhenTheReplyIsHandled() {
    classifyAs("question");

    ProcessInstance instance = start("9", "webhook");
    execute(job(instance));
    complete(task(instance));

    assertThat(instance)
        .hasPassedInOrder(
            "mentionReceived", "classifyMention", "routeMention", "claimAndDraft", "replyHandled");
    assertThat(instance).isEnded();
  }

  private ProcessInstance start(String mentionId, String channel) {
    return processEngine
        .getRuntimeService()
        .startProcessInstanceByKey(
            "engagement",
            mentionId,
            Map.of("mentionId", Long.valueOf(mentionId), "channel", channel));
  }

  private static void classifyAs(String topic) {
    JavaDelegate classify = execution -> execution.setVariable("topic", topic);
    Mocks.register("classifyMentionDelegate", classify);
  }
}
