package org.relay.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.relay.training.AssignmentService;

/**
 * The assignment {@code assignmentId} is due and still open: tells the employee, their departments'
 * leads and HR. Runs in the due-date timer's job and transaction.
 */
@Named
@ApplicationScoped
public class EscalateOverdueTrainingDelegate implements JavaDelegate {

  @Inject AssignmentService assignments;

  @Override
  public void execute(DelegateExecution execution) {
    assignments.escalateOverdue(RemindTraineeDelegate.assignmentId(execution));
  }
}
