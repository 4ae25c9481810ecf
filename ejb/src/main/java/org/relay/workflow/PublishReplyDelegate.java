package org.relay.workflow;

import static org.relay.workflow.EngagementVariables.DRAFT_ID;
import static org.relay.workflow.EngagementVariables.MENTION_ID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.relay.engagement.PublishingService;

/**
 * Publishes the approved draft. Runs asynchronously in its own job; a failure rolls the job back
 * and the engine retries it with a backoff, then raises an incident.
 */
@Named
@ApplicationScoped
public class PublishReplyDelegate implements JavaDelegate {

  @Inject PublishingService publishing;

  @Override
  public void execute(DelegateExecution execution) {
    publishing.publish(
        ((Number) execution.getVariable(MENTION_ID)).longValue(),
        ((Number) execution.getVariable(DRAFT_ID)).longValue());
  }
}
