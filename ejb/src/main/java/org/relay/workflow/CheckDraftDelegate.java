package org.relay.workflow;

import static org.relay.workflow.EngagementVariables.DRAFT_ID;
import static org.relay.workflow.EngagementVariables.HOT_ISSUE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.relay.engagement.ReviewInputs;
import org.relay.engagement.ReviewService;

/**
 * Checks the submitted draft again on the server and sets what review-policy.dmn decides on: {@code
 * needsLegal}, {@code needsPr}, {@code authenticity}, {@code crisisActive} (a crisis is active on
 * the mention's topic now), {@code hotIssue} (escalated, or taken on the crisis path), {@code
 * topic} and {@code reach}. Runs in the transaction of the task completion that submitted the
 * draft.
 */
@Named
@ApplicationScoped
public class CheckDraftDelegate implements JavaDelegate {

  @Inject ReviewService reviews;

  @Override
  public void execute(DelegateExecution execution) {
    long draftId = ((Number) execution.getVariable(DRAFT_ID)).longValue();
    ReviewInputs inputs =
        reviews
            .recheck(draftId)
            .withHotIssue(Boolean.TRUE.equals(execution.getVariable(HOT_ISSUE)));
    execution.setVariables(inputs.variables());
  }
}
