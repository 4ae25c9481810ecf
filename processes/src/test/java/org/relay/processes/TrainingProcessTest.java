package org.relay.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One certification cycle: an assignment with its reminders and escalation on the engine's clock,
 * its completion, the wait for renewal and the re-certification it assigns; a completion without an
 * assignment; and withdrawal at either wait.
 */
@Deployment(resources = TrainingDriver.TRAINING_BPMN)
class TrainingProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder().build();

  private static final Instant RENEW_AT = Instant.parse("2027-02-01T09:00:00Z");

  ProcessEngine processEngine;
  TrainingDriver training;

  @BeforeEach
  void setUp() {
    training = new TrainingDriver(processEngine);
  }

  @AfterEach
  void tearDown() {
    TrainingDriver.reset();
  }

  @Test
  void shouldWaitForTheEmployeeWithTwoRemindersAndTheDueDateScheduled() {
    ProcessInstance instance = training.assign(101);

    assertThat(instance).isWaitingAt("takeModule");
    assertThat(training.timer(instance, "firstReminderDue").getDuedate().toInstant())
        .isEqualTo(TrainingDriver.FIRST_REMINDER);
    assertThat(training.timer(instance, "lastReminderDue").getDuedate().toInstant())
        .isEqualTo(TrainingDriver.LAST_REMINDER);
    assertThat(training.timer(instance, "assignmentOverdue").getDuedate().toInstant())
        .isEqualTo(TrainingDriver.DUE);
    assertThat(training.dueTimers(instance))
        .as("nothing is due on the day it is assigned")
        .isEmpty();
  }

  @Test
  void shouldRemindTheEmployeeAWeekBeforeTheDueDate() {
    ProcessInstance instance = training.assign(101);

    training.moveClockTo(TrainingDriver.FIRST_REMINDER.plusSeconds(1));
    assertThat(training.dueTimers(instance)).containsExactly("firstReminderDue");
    training.runDueTimers(instance);

    assertThat(training.reminded()).containsExactly(101L);
    assertThat(instance).hasPassed("sendFirstReminder", "firstReminderSent");
    assertThat(instance).isWaitingAt("takeModule");
    assertThat(training.escalated()).isEmpty();
  }

  @Test
  void shouldRemindTheEmployeeAgainADayBeforeTheDueDate() {
    ProcessInstance instance = training.assign(101);
    training.moveClockTo(TrainingDriver.FIRST_REMINDER.plusSeconds(1));
    training.runDueTimers(instance);

    training.moveClockTo(TrainingDriver.LAST_REMINDER.plusSeconds(1));
    assertThat(training.dueTimers(instance)).containsExactly("lastReminderDue");
    training.runDueTimers(instance);

    assertThat(training.reminded()).containsExactly(101L, 101L);
    assertThat(instance).hasPassed("sendLastReminder", "lastReminderSent");
    assertThat(instance).isWaitingAt("takeModule");
  }

  @Test
  void shouldEscalateToTheLeadAndHrOnceTheAssignmentIsOverdue() {
    ProcessInstance instance = training.assign(101);

    training.moveClockTo(TrainingDriver.DUE.plusSeconds(1));
    assertThat(training.dueTimers(instance))
        .containsExactly("assignmentOverdue", "firstReminderDue", "lastReminderDue");
    training.runDueTimers(instance);

    assertThat(training.escalated()).containsExactly(101L);
    assertThat(instance).hasPassed("escalateToLead", "overdueEscalated");
    assertThat(instance)
        .as("the overdue assignment can still be completed")
        .isWaitingAt("takeModule");
    assertThat(training.dueTimers(instance)).isEmpty();
  }

  @Test
  void shouldWaitForRenewalOnceTheModuleIsCompleted() {
    ProcessInstance instance = training.assign(101);

    training.complete(101, RENEW_AT);

    assertThat(instance).hasPassed("takeModule", "certified").isWaitingAt("certificationExpiring");
    assertThat(training.timer(instance, "certificationExpiring").getDuedate().toInstant())
        .isEqualTo(RENEW_AT);
    assertThat(training.timer(instance, "firstReminderDue")).as("reminders end").isNull();
    assertThat(training.timer(instance, "assignmentOverdue")).isNull();
    training.moveClockTo(TrainingDriver.DUE.plusSeconds(1));
    assertThat(training.dueTimers(instance)).as("no escalation once completed").isEmpty();
  }

  @Test
  void shouldAssignReCertificationWhenTheCompletionComesUpForRenewal() {
    ProcessInstance instance = training.assign(101);
    training.complete(101, RENEW_AT);

    training.moveClockTo(RENEW_AT.minus(Duration.ofMinutes(1)));
    assertThat(training.dueTimers(instance)).isEmpty();
    training.moveClockTo(RENEW_AT.plusSeconds(1));
    training.runDueTimers(instance);

    assertThat(training.renewed()).containsExactly(101L);
    assertThat(instance).hasPassed("assignRecertification").isEnded();
    assertThat(instance).hasPassed("recertificationAssigned");
  }

  @Test
  void shouldWaitForRenewalOfACompletionMadeWithoutAnAssignment() {
    ProcessInstance instance = training.completeWithoutAssignment(202, RENEW_AT);

    assertThat(instance).hasPassed("completedWithoutAssignment", "certified");
    assertThat(instance).isWaitingAt("certificationExpiring");
    assertThat(instance.getBusinessKey()).isEqualTo("202");
    assertThat(training.variables(instance))
        .containsEntry("moduleId", 7L)
        .containsEntry("username", "ana");

    training.moveClockTo(RENEW_AT.plusSeconds(1));
    training.runDueTimers(instance);

    assertThat(training.renewed()).containsExactly(202L);
    assertThat(instance).isEnded();
  }

  @Test
  void shouldEndAnOpenAssignmentThatIsWithdrawn() {
    ProcessInstance instance = training.assign(101);

    training.withdraw(instance);

    assertThat(instance).hasPassed("withdrawalRequested", "withdrawn").isEnded();
    assertThat(training.jobs(instance)).as("no reminder or escalation is left").isZero();
    assertThat(training.reminded()).isEmpty();
  }

  @Test
  void shouldEndACycleWaitingForRenewalThatIsWithdrawn() {
    ProcessInstance instance = training.assign(101);
    training.complete(101, RENEW_AT);

    training.withdraw(instance);

    assertThat(instance).hasPassed("withdrawn").isEnded();
    assertThat(instance).hasNotPassed("assignRecertification");
    assertThat(training.jobs(instance)).isZero();
  }

  @Test
  void shouldRetryAFailedReCertificationWithABackoffInsteadOfLosingIt() {
    ProcessInstance instance = training.assign(101);
    training.complete(101, RENEW_AT);
    training.failRenewals();
    training.moveClockTo(RENEW_AT.plusSeconds(1));

    assertThatThrownBy(() -> training.runDueTimers(instance))
        .as("the delegate's failure reaches whoever runs the job, as it does the job executor")
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the database is down");

    Job retry = training.stepJob(instance, "assignRecertification");
    assertThat(retry).as("the step waits to be tried again").isNotNull();
    assertThat(retry.getRetries()).isPositive();
    assertThat(retry.getExceptionMessage()).contains("the database is down");
    assertThat(retry.getDuedate().toInstant())
        .as("first retry five minutes later")
        .isEqualTo(RENEW_AT.plusSeconds(1).plus(Duration.ofMinutes(5)));
    assertThat(training.stepJobs(instance)).as("not before its time").isEmpty();

    training.restoreRenewals();
    training.moveClockTo(RENEW_AT.plus(Duration.ofMinutes(6)));
    training.runSteps(instance);

    assertThat(training.renewed()).containsExactly(101L);
    assertThat(instance).hasPassed("assignRecertification").isEnded();
  }

  @Test
  void shouldRemindInAStepOfItsOwnRetriedOnFailure() {
    ProcessInstance instance = training.assign(101);
    training.moveClockTo(TrainingDriver.FIRST_REMINDER.plusSeconds(1));

    training.runDueTimers(instance);

    assertThat(training.reminded()).containsExactly(101L);
    assertThat(training.stepJobs(instance)).isEmpty();
  }
}
