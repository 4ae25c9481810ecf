package org.relay.workflow;

import static org.relay.workflow.EngagementVariables.DEPARTMENT;
import static org.relay.workflow.EngagementVariables.MENTION_ID;
import static org.relay.workflow.EngagementVariables.PRIORITY;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.relay.audit.AuditTrail;

/**
 * Records on the mention's timeline where its reply task was offered: the routed department, a
 * transfer's target, PR for a hot issue, or the author after changes were requested. Runs in the
 * transaction that creates the task.
 */
@Named
@ApplicationScoped
public class ReplyOfferedListener implements TaskListener {

  @Inject AuditTrail audit;

  @Override
  public void notify(DelegateTask task) {
    long mentionId = ((Number) task.getVariable(MENTION_ID)).longValue();
    String detail =
        task.getAssignee() != null
            ? "back to " + task.getAssignee()
            : "to "
                + task.getVariable(DEPARTMENT)
                + " ("
                + task.getVariable(PRIORITY)
                + " priority)";
    audit.record(mentionId, AuditTrail.SYSTEM, "offered", null, null, detail);
  }
}
