package org.relay.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.relay.training.AssignmentService;

/**
 * Reminds the employee of the assignment {@code assignmentId} (nothing if it is closed or already
 * due). Runs in the reminder timer's job and transaction.
 */
@Named
@ApplicationScoped
public class RemindTraineeDelegate implements JavaDelegate {

  @Inject AssignmentService assignments;

  @Override
  public void execute(DelegateExecution execution) {
    assignments.remind(assignmentId(execution));
  }

  static long assignmentId(DelegateExecution execution) {
    return ((Number) execution.getVariable(TrainingVariables.ASSIGNMENT_ID)).longValue();
  }
}
