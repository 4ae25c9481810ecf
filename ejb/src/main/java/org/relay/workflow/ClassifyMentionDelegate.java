package org.relay.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.relay.listening.Classification;
import org.relay.listening.ClassificationService;

/**
 * Classifies the mention and sets what routing and the paths after it need: topic, language,
 * sentiment, reach, urgent, employeeVoice and crisis. Runs on a job-executor thread after the
 * start's async continuation, in the job's transaction; a failure is retried by the engine.
 *
 * <p>The values are transient: the triage gateway and routing.dmn read them in this same
 * transaction, and the mention keeps the classification for everything later (lists, filters,
 * review). Storing them as process variables would add a runtime row, and history, per value for
 * every mention.
 */
@Named
@ApplicationScoped
public class ClassifyMentionDelegate implements JavaDelegate {

  @Inject ClassificationService classification;

  @Override
  public void execute(DelegateExecution execution) {
    long mentionId = ((Number) execution.getVariable(EngagementVariables.MENTION_ID)).longValue();
    Classification found = classification.classify(mentionId);
    execution.setVariable(EngagementVariables.TOPIC, Variables.stringValue(found.topic(), true));
    execution.setVariable(
        EngagementVariables.LANGUAGE, Variables.stringValue(found.language(), true));
    execution.setVariable(
        EngagementVariables.SENTIMENT, Variables.stringValue(found.sentiment(), true));
    execution.setVariable(EngagementVariables.REACH, Variables.stringValue(found.reach(), true));
    execution.setVariable(EngagementVariables.URGENT, Variables.booleanValue(found.urgent(), true));
    execution.setVariable(
        EngagementVariables.EMPLOYEE_VOICE, Variables.booleanValue(found.employeeVoice(), true));
    execution.setVariable(EngagementVariables.CRISIS, Variables.booleanValue(found.crisis(), true));
  }
}
