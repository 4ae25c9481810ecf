package org.relay.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.relay.listening.ClassificationService;

/**
 * Classifies the mention and sets {@code topic} for routing. Runs on a job-executor thread after
 * the start's async continuation, in the job's transaction; a failure is retried by the engine.
 */
@Named
@ApplicationScoped
public class ClassifyMentionDelegate implements JavaDelegate {

  @Inject ClassificationService classification;

  @Override
  public void execute(DelegateExecution execution) {
    long mentionId = ((Number) execution.getVariable(EngagementVariables.MENTION_ID)).longValue();
    execution.setVariable(EngagementVariables.TOPIC, classification.classify(mentionId));
  }
}
