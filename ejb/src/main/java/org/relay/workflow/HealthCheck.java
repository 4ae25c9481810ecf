package org.relay.workflow;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Whether Relay can do its work: the engine runs, its database answers and the engagement process
 * is deployed.
 */
@Stateless
public class HealthCheck {

  @EJB ProcessEngineBootstrap engine;

  public Status check() {
    try {
      ProcessEngine processEngine = engine.processEngine();
      long deployed =
          processEngine
              .getRepositoryService()
              .createProcessDefinitionQuery()
              .processDefinitionKey(EngagementVariables.PROCESS_KEY)
              .latestVersion()
              .count();
      return deployed > 0
          ? new Status("UP", "engine running, engagement process deployed")
          : new Status("DOWN", "the engagement process is not deployed");
    } catch (RuntimeException e) {
      return new Status("DOWN", e.getMessage());
    }
  }

  /** UP or DOWN, with a sentence saying why. */
  public record Status(String status, String detail) {
    public boolean up() {
      return "UP".equals(status);
    }
  }
}
