package org.relay.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.relay.training.AssignmentService;

/**
 * The completion that closed assignment {@code assignmentId} comes up for renewal: assigns
 * re-certification (which starts the next instance) unless it is no longer needed, and sets {@code
 * recertificationId} to the new assignment's id or null. Runs in the renewal timer's job and
 * transaction.
 */
@Named
@ApplicationScoped
public class AssignRecertificationDelegate implements JavaDelegate {

  @Inject AssignmentService assignments;

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(
        "recertificationId",
        assignments.renew(RemindTraineeDelegate.assignmentId(execution)).orElse(null));
  }
}
