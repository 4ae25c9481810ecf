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
 * Sets what review-policy.dmn decides on for the submitted revision: {@code needsLegal}, {@code
 * needsPr} and {@code authenticity} from the findings the server stored with the revision when it
 * checked it on submit (it is not checked twice), and {@code crisisActive} (a crisis is active on
 * the mention's topic now, right before the decision), {@code hotIssue} (escalated, or taken on the
 * crisis path), {@code topic} and {@code reach}. Runs in the transaction of the task completion
 * that submitted the draft.
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
            .inputsFor(draftId)
            .withHotIssue(Boolean.TRUE.equals(execution.getVariable(HOT_ISSUE)));
    execution.setVariables(inputs.variables());
  }
}
