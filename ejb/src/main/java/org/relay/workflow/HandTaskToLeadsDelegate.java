package org.relay.workflow;

import static org.relay.workflow.EngagementVariables.MENTION_ID;
import static org.relay.workflow.EngagementVariables.TASK_KEY;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.relay.engagement.EngagementService;

/**
 * Hands the open task named by the input {@code taskKey} to the leads of its queue (twice the SLA
 * for a reply, the review SLA for a review). Runs in the timer job's transaction.
 */
@Named
@ApplicationScoped
public class HandTaskToLeadsDelegate implements JavaDelegate {

  @Inject CamundaEngagement engagement;
  @Inject EngagementService engagementService;

  @Override
  public void execute(DelegateExecution execution) {
    String taskKey = (String) execution.getVariable(TASK_KEY);
    engagement.handToLeads(execution.getProcessInstanceId(), taskKey);
    long mentionId = ((Number) execution.getVariable(MENTION_ID)).longValue();
    engagementService.handedToLead(
        mentionId, taskKey, EngagementVariables.CLAIM_AND_DRAFT.equals(taskKey));
  }
}
