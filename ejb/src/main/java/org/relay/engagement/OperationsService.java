package org.relay.engagement;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.relay.audit.AuditTrail;
import org.relay.shared.Actor;
import org.relay.shared.NotAllowedException;
import org.relay.shared.NotFoundException;
import org.relay.shared.Roles;

/**
 * What administrators do for the engagement: see the steps that failed after all their retries (a
 * reply a channel would not take) and run them again once the cause is fixed.
 */
@Stateless
public class OperationsService {

  @Inject EngagementWorkflow workflow;
  @Inject AuditTrail audit;

  public List<StuckStep> stuckSteps(Actor actor) {
    requireAdmin(actor);
    return workflow.stuckSteps();
  }

  public void retry(Actor actor, String stuckStepId) {
    requireAdmin(actor);
    StuckStep step =
        workflow.stuckSteps().stream()
            .filter(s -> s.id().equals(stuckStepId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("No stuck step " + stuckStepId + "."));
    workflow.retry(stuckStepId);
    audit.record(
        step.mentionId(),
        actor.username(),
        "retried",
        null,
        null,
        step.step() + ": " + step.reason());
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.hasRole(Roles.ADMIN)) {
      throw new NotAllowedException("Only administrators may see and retry failed steps.");
    }
  }
}
