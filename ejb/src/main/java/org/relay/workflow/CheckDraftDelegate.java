package org.relay.workflow;

import static org.relay.workflow.EngagementVariables.CONFIDENTIAL;
import static org.relay.workflow.EngagementVariables.DRAFT_ID;
import static org.relay.workflow.EngagementVariables.HOT_ISSUE;
import static org.relay.workflow.EngagementVariables.REPUTATION_RISK;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.relay.engagement.ReviewService;

/**
 * Checks the submitted draft again on the server and sets the findings the review policy reads
 * ({@code confidential}, {@code reputationRisk}, and {@code hotIssue}, false unless the mention was
 * escalated). Runs in the transaction of the task completion that submitted the draft.
 */
@Named
@ApplicationScoped
public class CheckDraftDelegate implements JavaDelegate {

  @Inject ReviewService reviews;

  @Override
  public void execute(DelegateExecution execution) {
    long draftId = ((Number) execution.getVariable(DRAFT_ID)).longValue();
    ReviewService.ReviewFlags flags = reviews.recheck(draftId);
    execution.setVariable(CONFIDENTIAL, flags.confidential());
    execution.setVariable(REPUTATION_RISK, flags.reputationRisk());
    execution.setVariable(HOT_ISSUE, Boolean.TRUE.equals(execution.getVariable(HOT_ISSUE)));
  }
}
