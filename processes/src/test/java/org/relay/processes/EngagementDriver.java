package org.relay.processes;

import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Plays the parts around one engagement instance: the application that starts it and completes its
 * tasks with the variables the contract names, the job executor (tests execute jobs and timers
 * themselves) and the mocked delegates. The engine clock stands still at {@link #START} unless a
 * test moves it, so due dates can be compared exactly.
 */
final class EngagementDriver {

  /** Deployed together by every process test of engagement.bpmn. */
  static final String ENGAGEMENT_BPMN = "org/relay/processes/engagement.bpmn";

  static final String ROUTING_DMN = "org/relay/processes/routing.dmn";
  static final String REVIEW_POLICY_DMN = "org/relay/processes/review-policy.dmn";

  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final HistoryService historyService;

  private final List<String> handedOverTaskKeys = new ArrayList<>();
  private final JavaDelegate publishReply = mock(JavaDelegate.class);
  private Classification classified = Classification.about("billing");

  /**
   * Registers the default mocks: every mention is an ordinary one about billing ({@link
   * Classification#about(String)}), a draft has no finding, hand-overs are recorded and publishing
   * succeeds.
   */
  EngagementDriver(ProcessEngine processEngine) {
    runtimeService = processEngine.getRuntimeService();
    taskService = processEngine.getTaskService();
    managementService = processEngine.getManagementService();
    historyService = processEngine.getHistoryService();
    ClockUtil.setCurrentTime(Date.from(START));
    classifyAs("billing");
    findDraft(false, false, false);
    JavaDelegate handTaskToLeads =
        execution -> handedOverTaskKeys.add((String) execution.getVariable("taskKey"));
    Mocks.register("handTaskToLeadsDelegate", handTaskToLeads);
    Mocks.register("publishReplyDelegate", publishReply);
    Mocks.register("replyOfferedListener", (TaskListener) task -> {});
  }

  /** Undoes what the constructor set up; call it after each test. */
  static void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  /** Every mention from now on is an ordinary one about the topic. */
  void classifyAs(String topic) {
    classify(Classification.about(topic));
  }

  /** What classification finds in every mention from now on. */
  void classify(Classification found) {
    classified = found;
    JavaDelegate classify =
        execution -> {
          execution.setVariable("topic", found.topic());
          execution.setVariable("language", found.language());
          execution.setVariable("sentiment", found.sentiment());
          execution.setVariable("reach", found.reach());
          execution.setVariable("urgent", found.urgent());
          execution.setVariable("employeeVoice", found.employeeVoice());
          execution.setVariable("crisis", found.crisis());
        };
    Mocks.register("classifyMentionDelegate", classify);
  }

  /** Like a classification delegate written before version 3 of the model: it sets only topic. */
  void classifyTopicOnly(String topic) {
    classified = Classification.about(topic);
    JavaDelegate classify = execution -> execution.setVariable("topic", topic);
    Mocks.register("classifyMentionDelegate", classify);
  }

  /**
   * What the guideline check finds in every draft from now on: whether a finding asks for legal or
   * PR, and hot issue; no resemblance to stock wording, no crisis, topic and reach as classified.
   */
  void findDraft(boolean needsLegal, boolean needsPr, boolean hotIssue) {
    checkDraftSets(needsLegal, needsPr, "none", false, hotIssue);
  }

  /**
   * Like the real guideline check, which keeps hotIssue as an escalation or the crisis path left it
   * and finds the rest in the draft and the crisis state.
   */
  void findDraftKeepingHotIssue(boolean needsLegal, boolean needsPr) {
    checkDraftSets(needsLegal, needsPr, "none", false, null);
  }

  /** The guideline check during a crisis on the mention's topic (hot issue kept as it was). */
  void findDraftDuringCrisis(boolean needsLegal) {
    checkDraftSets(needsLegal, false, "none", true, null);
  }

  /**
   * The guideline check of a draft that resembles stock wording as given (none, similar,
   * very-high).
   */
  void findDraftResembling(String authenticity) {
    checkDraftSets(false, false, authenticity, false, null);
  }

  /** Sets every input of review-policy.dmn as CheckDraftDelegate does; null hotIssue keeps it. */
  private void checkDraftSets(
      boolean needsLegal, boolean needsPr, String authenticity, boolean crisis, Boolean hotIssue) {
    JavaDelegate checkDraft =
        execution -> {
          execution.setVariable("needsLegal", needsLegal);
          execution.setVariable("needsPr", needsPr);
          execution.setVariable("authenticity", authenticity);
          execution.setVariable("crisisActive", crisis);
          execution.setVariable(
              "hotIssue",
              hotIssue != null ? hotIssue : Boolean.TRUE.equals(execution.getVariable("hotIssue")));
          execution.setVariable("mentionTopic", classified.topic());
          execution.setVariable("mentionReach", classified.reach());
        };
    Mocks.register("checkDraftDelegate", checkDraft);
  }

  /** The mock behind publishReplyDelegate, to stub a failure or verify the call. */
  JavaDelegate publishReply() {
    return publishReply;
  }

  /** The taskKey input of every call of handTaskToLeadsDelegate, in call order. */
  List<String> handedOverTaskKeys() {
    return handedOverTaskKeys;
  }

  void moveClockBy(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(now().plus(duration)));
  }

  Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Ingestion starts the process; nothing after the start event has run yet. */
  ProcessInstance receiveMention(long mentionId, String channel) {
    return runtimeService.startProcessInstanceByKey(
        "engagement",
        String.valueOf(mentionId),
        Map.of("mentionId", mentionId, "channel", channel));
  }

  /**
   * Receives a mention and runs the start job, so a routed mention waits in claimAndDraft (and a
   * post by an employee has ended).
   */
  ProcessInstance offerMention(long mentionId, String channel) {
    ProcessInstance instance = receiveMention(mentionId, channel);
    executeJob(asyncJob(instance));
    return instance;
  }

  Task task(ProcessInstance instance, String taskKey) {
    return taskService
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey)
        .singleResult();
  }

  List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
  }

  long openTasks(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).count();
  }

  void submitDraft(ProcessInstance instance, String author, long draftId) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("action", "draft");
    variables.put("draftId", draftId);
    variables.put("draftAuthor", author);
    complete(instance, "claimAndDraft", variables);
  }

  void transfer(ProcessInstance instance, String department) {
    complete(instance, "claimAndDraft", Map.of("action", "transfer", "department", department));
  }

  void closeAsNoReply(ProcessInstance instance) {
    complete(instance, "claimAndDraft", Map.of("action", "close"));
  }

  void escalate(ProcessInstance instance) {
    complete(instance, "claimAndDraft", Map.of("action", "escalate"));
  }

  void reviewLegal(ProcessInstance instance, String outcome) {
    complete(instance, "legalReview", Map.of("legalOutcome", outcome));
  }

  void reviewPr(ProcessInstance instance, String outcome) {
    complete(instance, "prReview", Map.of("prOutcome", outcome));
  }

  void followUp(ProcessInstance instance) {
    complete(instance, "followUpOverdueMention", Map.of());
  }

  long openJobs(ProcessInstance instance) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).count();
  }

  /** The one job of the instance that is not a timer: the start's asyncAfter or publishReply. */
  Job asyncJob(ProcessInstance instance) {
    return managementService
        .createJobQuery()
        .processInstanceId(instance.getId())
        .messages()
        .singleResult();
  }

  Job timer(ProcessInstance instance, String boundaryEventId) {
    return managementService
        .createJobQuery()
        .processInstanceId(instance.getId())
        .timers()
        .activityId(boundaryEventId)
        .singleResult();
  }

  /** Fires the timer of a boundary event as the job executor would once it is due. */
  void fireTimer(ProcessInstance instance, String boundaryEventId) {
    executeJob(timer(instance, boundaryEventId));
  }

  /** Runs the publishReply job. */
  void publish(ProcessInstance instance) {
    executeJob(asyncJob(instance));
  }

  void executeJob(Job job) {
    managementService.executeJob(job.getId());
  }

  Job refresh(Job job) {
    return managementService.createJobQuery().jobId(job.getId()).singleResult();
  }

  Map<String, Object> variables(ProcessInstance instance) {
    return runtimeService.getVariables(instance.getId());
  }

  /** How often the instance entered an activity. */
  long timesPassed(ProcessInstance instance, String activityId) {
    return historyService
        .createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId())
        .activityId(activityId)
        .count();
  }

  private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
    taskService.complete(task(instance, taskKey).getId(), variables);
  }
}
