package org.relay.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * crisis-measures.dmn as Relay asks it: deployed to the engine and evaluated by key through the
 * DecisionService (CamundaCannedMessageFreeze), so the latest deployed version decides. An
 * administrator changes the freeze by deploying a new version of the model.
 */
@Deployment(resources = "org/relay/processes/crisis-measures.dmn")
class CrisisMeasuresDeploymentTest {

  private static final String DECISION = "cannedMessageFreeze";

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  ProcessEngine processEngine;

  @Test
  void shouldBeDeployedWithItsVersionTagAndHistoryTimeToLive() {
    DecisionDefinition definition =
        processEngine
            .getRepositoryService()
            .createDecisionDefinitionQuery()
            .decisionDefinitionKey(DECISION)
            .latestVersion()
            .singleResult();

    assertThat(definition.getVersionTag()).isEqualTo("1");
    assertThat(definition.getHistoryTimeToLive()).isEqualTo(180);
  }

  @Test
  void shouldFreezeAMessageForATopicInCrisisWhenAskedByKey() {
    DmnDecisionResultEntries result = evaluate(false, true, true);

    assertThat(result.<Boolean>getEntry("frozen")).isTrue();
    assertThat(result.<String>getEntry("advice"))
        .isEqualTo("Write the reply yourself, from PR's holding statement.");
  }

  @Test
  void shouldDecideByTheLatestVersionAnAdministratorDeployed() throws IOException {
    assertThat(evaluate(true, false, true).<Boolean>getEntry("frozen")).isTrue();
    String model;
    try (InputStream in =
        getClass().getResourceAsStream(CrisisMeasuresDecisionTest.CRISIS_MEASURES_DMN)) {
      model = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // Version 2 leaves the messages for any topic usable during a crisis elsewhere.
    String version2 =
        model
            .replace("camunda:versionTag=\"1\"", "camunda:versionTag=\"2\"")
            .replace(
                "<outputEntry id=\"anyTopicDuringACrisis_frozen\"><text>true</text>",
                "<outputEntry id=\"anyTopicDuringACrisis_frozen\"><text>false</text>");
    assertThat(version2).isNotEqualTo(model).contains("versionTag=\"2\"");
    String deployment =
        processEngine
            .getRepositoryService()
            .createDeployment()
            .addString("org/relay/processes/crisis-measures.dmn", version2)
            .deploy()
            .getId();
    try {
      assertThat(evaluate(true, false, true).<Boolean>getEntry("frozen")).isFalse();
      assertThat(evaluate(false, true, true).<Boolean>getEntry("frozen")).isTrue();
    } finally {
      processEngine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  private DmnDecisionResultEntries evaluate(
      boolean anyTopic, boolean crisisActive, boolean crisisAnywhere) {
    return processEngine
        .getDecisionService()
        .evaluateDecisionByKey(DECISION)
        .variables(
            Map.of(
                "anyTopic", anyTopic,
                "crisisActive", crisisActive,
                "crisisAnywhere", crisisAnywhere))
        .evaluate()
        .getSingleResult();
  }
}
