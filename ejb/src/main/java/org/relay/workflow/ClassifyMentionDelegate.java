package org.relay.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.relay.listening.Classification;
import org.relay.listening.ClassificationService;

/**
 * Classifies the mention and sets what routing and the paths after it need: topic, language,
 * sentiment, reach, urgent, employeeVoice and crisis. Runs on a job-executor thread after the
 * start's async continuation, in the job's transaction; a failure is retried by the engine.
 */
@Named
@ApplicationScoped
public class ClassifyMentionDelegate implements JavaDelegate {

  @Inject ClassificationService classification;

  @Override
  public void execute(DelegateExecution execution) {
    long mentionId = ((Number) execution.getVariable(EngagementVariables.MENTION_ID)).longValue();
    Classification found = classification.classify(mentionId);
    execution.setVariable(EngagementVariables.TOPIC, found.topic());
    execution.setVariable(EngagementVariables.LANGUAGE, found.language());
    execution.setVariable(EngagementVariables.SENTIMENT, found.sentiment());
    execution.setVariable(EngagementVariables.REACH, found.reach());
    execution.setVariable(EngagementVariables.URGENT, found.urgent());
    execution.setVariable(EngagementVariables.EMPLOYEE_VOICE, found.employeeVoice());
    execution.setVariable(EngagementVariables.CRISIS, found.crisis());
  }
}
