package org.relay.processes;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;

/**
 * One decision table of a model, parsed by a DMN engine configured as production's, that records
 * the ids of the rules each evaluation matched: for the tests that check a table rule by rule.
 */
final class RuleRecordingDmn {

  private final List<String> matchedRules = new ArrayList<>();
  private final DmnEngine engine;
  private final DmnDecision decision;

  RuleRecordingDmn(String resource, String decisionKey) throws IOException {
    DmnDecisionEvaluationListener recordMatchedRules =
        event ->
            ((DmnDecisionTableEvaluationEvent) event.getDecisionResult())
                .getMatchingRules().stream()
                    .map(DmnEvaluatedDecisionRule::getId)
                    .forEach(matchedRules::add);
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration)
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionEvaluationListeners(List.of(recordMatchedRules));
    // As in production (ProcessEngineBootstrap).
    configuration.enableFeelLegacyBehavior(true);
    engine = configuration.buildEngine();
    try (InputStream model = RuleRecordingDmn.class.getResourceAsStream(resource)) {
      if (model == null) {
        throw new IOException("No model " + resource + " on the class path");
      }
      decision = engine.parseDecision(decisionKey, model);
    }
  }

  DmnDecision decision() {
    return decision;
  }

  /** The ids of every rule of the table, in the table's order. */
  List<String> ruleIds() {
    return ((DmnDecisionTableImpl) decision.getDecisionLogic())
        .getRules().stream().map(DmnDecisionTableRuleImpl::getId).toList();
  }

  /** The single result of the table for the inputs; the rules it matched join matchedRules. */
  DmnDecisionResultEntries evaluate(Map<String, Object> inputs) {
    return engine.evaluateDecision(decision, inputs).getSingleResult();
  }

  /** The ids of the rules matched since the last {@link #forgetMatchedRules()}, in order. */
  List<String> matchedRules() {
    return matchedRules;
  }

  void forgetMatchedRules() {
    matchedRules.clear();
  }
}
