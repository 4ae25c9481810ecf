package org.relay.processes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Plays the parts around one training instance: the application that starts it when it assigns a
 * module and correlates its messages, the job executor (tests run the due timers themselves, with
 * the engine clock standing at {@link #START} until a test moves it) and the delegates, which
 * record which assignment they were called for.
 */
final class TrainingDriver {

  static final String TRAINING_BPMN = "org/relay/processes/training.bpmn";

  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  static final Instant FIRST_REMINDER = START.plus(Duration.ofDays(7));
  static final Instant LAST_REMINDER = START.plus(Duration.ofDays(13));
  static final Instant DUE = START.plus(Duration.ofDays(14));

  private static final List<String> TIMERS =
      List.of("firstReminderDue", "lastReminderDue", "assignmentOverdue", "certificationExpiring");

  private final RuntimeService runtimeService;
  private final ManagementService managementService;

  private final List<Long> reminded = new ArrayList<>();
  private final List<Long> escalated = new ArrayList<>();
  private final List<Long> renewed = new ArrayList<>();

  TrainingDriver(ProcessEngine processEngine) {
    runtimeService = processEngine.getRuntimeService();
    managementService = processEngine.getManagementService();
    ClockUtil.setCurrentTime(Date.from(START));
    Mocks.register(
        "remindTraineeDelegate", (JavaDelegate) execution -> reminded.add(assignmentId(execution)));
    Mocks.register(
        "escalateOverdueTrainingDelegate",
        (JavaDelegate) execution -> escalated.add(assignmentId(execution)));
    restoreRenewals();
  }

  static void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  /** The application assigned module 7 to ana, due in 14 days; reminders at 7 and 13 days. */
  ProcessInstance assign(long assignmentId) {
    Map<String, Object> variables = identity(assignmentId);
    variables.put("firstReminderAt", Date.from(FIRST_REMINDER));
    variables.put("lastReminderAt", Date.from(LAST_REMINDER));
    variables.put("dueAt", Date.from(DUE));
    return runtimeService.startProcessInstanceByKey(
        "training", String.valueOf(assignmentId), variables);
  }

  /** Ana passed the quiz: the assignment is completed, to be renewed at the moment. */
  void complete(long assignmentId, Instant renewAt) {
    runtimeService
        .createMessageCorrelation("trainingCompleted")
        .processInstanceBusinessKey(String.valueOf(assignmentId))
        .setVariable("renewAt", Date.from(renewAt))
        .correlateAll();
  }

  /** HR recorded a workshop for ana without an open assignment. */
  ProcessInstance completeWithoutAssignment(long assignmentId, Instant renewAt) {
    Map<String, Object> variables = identity(assignmentId);
    variables.put("renewAt", Date.from(renewAt));
    return runtimeService
        .createMessageCorrelation("trainingCompletedUnassigned")
        .processInstanceBusinessKey(String.valueOf(assignmentId))
        .setVariables(variables)
        .correlateStartMessage();
  }

  /** The application withdraws the assignment: by its id, the instance's business key. */
  void withdraw(ProcessInstance instance) {
    runtimeService
        .createMessageCorrelation("trainingWithdrawn")
        .processInstanceBusinessKey(instance.getBusinessKey())
        .correlateAll();
  }

  void moveClockTo(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  Job timer(ProcessInstance instance, String activityId) {
    return managementService
        .createJobQuery()
        .processInstanceId(instance.getId())
        .timers()
        .activityId(activityId)
        .singleResult();
  }

  /** The activity ids of the instance's timers that are due now (as the job executor sees it). */
  List<String> dueTimers(ProcessInstance instance) {
    return TIMERS.stream()
        .filter(
            activityId ->
                managementService
                        .createJobQuery()
                        .processInstanceId(instance.getId())
                        .timers()
                        .executable()
                        .activityId(activityId)
                        .count()
                    > 0)
        .sorted()
        .toList();
  }

  /**
   * Runs every timer of the instance that is due now, and the steps they lead to (each in its own
   * job), as the job executor would.
   */
  void runDueTimers(ProcessInstance instance) {
    managementService
        .createJobQuery()
        .processInstanceId(instance.getId())
        .timers()
        .executable()
        .list()
        .forEach(job -> managementService.executeJob(job.getId()));
    runSteps(instance);
  }

  /** Runs the instance's steps waiting in their own jobs (asynchronous continuations) now due. */
  void runSteps(ProcessInstance instance) {
    stepJobs(instance).forEach(job -> managementService.executeJob(job.getId()));
  }

  /** The instance's steps waiting in their own jobs and due now. */
  List<Job> stepJobs(ProcessInstance instance) {
    return managementService
        .createJobQuery()
        .processInstanceId(instance.getId())
        .messages()
        .executable()
        .list();
  }

  /** The step job waiting (due or not) before the activity, if any. */
  Job stepJob(ProcessInstance instance, String activityId) {
    return managementService
        .createJobQuery()
        .processInstanceId(instance.getId())
        .messages()
        .activityId(activityId)
        .singleResult();
  }

  /** The delegate of {@code assignRecertificationDelegate} fails, as when the database is down. */
  void failRenewals() {
    Mocks.register(
        "assignRecertificationDelegate",
        (JavaDelegate)
            execution -> {
              throw new IllegalStateException("the database is down");
            });
  }

  /** The delegate of {@code assignRecertificationDelegate} works again. */
  void restoreRenewals() {
    Mocks.register(
        "assignRecertificationDelegate",
        (JavaDelegate)
            execution -> {
              renewed.add(assignmentId(execution));
              execution.setVariable("recertificationId", 9000L);
            });
  }

  long jobs(ProcessInstance instance) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).count();
  }

  Map<String, Object> variables(ProcessInstance instance) {
    return runtimeService.getVariables(instance.getId());
  }

  List<Long> reminded() {
    return reminded;
  }

  List<Long> escalated() {
    return escalated;
  }

  List<Long> renewed() {
    return renewed;
  }

  private static Map<String, Object> identity(long assignmentId) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("assignmentId", assignmentId);
    variables.put("moduleId", 7L);
    variables.put("username", "ana");
    return variables;
  }

  private static long assignmentId(DelegateExecution execution) {
    return ((Number) execution.getVariable("assignmentId")).longValue();
  }
}
