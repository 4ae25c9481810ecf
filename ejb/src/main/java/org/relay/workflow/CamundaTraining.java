package org.relay.workflow;

import static org.relay.workflow.TrainingVariables.ASSIGNMENT_ID;
import static org.relay.workflow.TrainingVariables.COMPLETED;
import static org.relay.workflow.TrainingVariables.COMPLETED_UNASSIGNED;
import static org.relay.workflow.TrainingVariables.DUE_AT;
import static org.relay.workflow.TrainingVariables.FIRST_REMINDER_AT;
import static org.relay.workflow.TrainingVariables.LAST_REMINDER_AT;
import static org.relay.workflow.TrainingVariables.MODULE_ID;
import static org.relay.workflow.TrainingVariables.PROCESS_KEY;
import static org.relay.workflow.TrainingVariables.RENEW_AT;
import static org.relay.workflow.TrainingVariables.USERNAME;
import static org.relay.workflow.TrainingVariables.WITHDRAWN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.relay.training.TrainingWorkflow;

/**
 * The training process behind the training context's port, in the caller's transaction: one
 * instance per assignment, business key = the assignment's id, variables holding only ids and
 * moments.
 */
@ApplicationScoped
public class CamundaTraining implements TrainingWorkflow {

  @Inject RuntimeService runtime;

  @Override
  public void assigned(
      long assignmentId,
      long moduleId,
      String username,
      Instant firstReminderAt,
      Instant lastReminderAt,
      Instant dueAt) {
    Map<String, Object> variables = identity(assignmentId, moduleId, username);
    variables.put(FIRST_REMINDER_AT, Date.from(firstReminderAt));
    variables.put(LAST_REMINDER_AT, Date.from(lastReminderAt));
    variables.put(DUE_AT, Date.from(dueAt));
    runtime.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(assignmentId), variables);
  }

  @Override
  public void completed(long assignmentId, Instant renewAt) {
    runtime
        .createMessageCorrelation(COMPLETED)
        .processInstanceBusinessKey(String.valueOf(assignmentId))
        .setVariable(RENEW_AT, Date.from(renewAt))
        .correlateAll();
  }

  @Override
  public void completedUnassigned(
      long assignmentId, long moduleId, String username, Instant renewAt) {
    Map<String, Object> variables = identity(assignmentId, moduleId, username);
    variables.put(RENEW_AT, Date.from(renewAt));
    runtime
        .createMessageCorrelation(COMPLETED_UNASSIGNED)
        .processInstanceBusinessKey(String.valueOf(assignmentId))
        .setVariables(variables)
        .correlateStartMessage();
  }

  @Override
  public void withdraw(long assignmentId) {
    runtime
        .createMessageCorrelation(WITHDRAWN)
        .processInstanceBusinessKey(String.valueOf(assignmentId))
        .correlateAll();
  }

  private static Map<String, Object> identity(long assignmentId, long moduleId, String username) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ASSIGNMENT_ID, assignmentId);
    variables.put(MODULE_ID, moduleId);
    variables.put(USERNAME, username);
    return variables;
  }
}
