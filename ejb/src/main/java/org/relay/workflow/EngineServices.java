package org.relay.workflow;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/** Makes the embedded engine's services injectable. */
@ApplicationScoped
public class EngineServices {

  @EJB ProcessEngineBootstrap engine;

  @Produces
  RuntimeService runtimeService() {
    return engine.processEngine().getRuntimeService();
  }

  @Produces
  TaskService taskService() {
    return engine.processEngine().getTaskService();
  }

  @Produces
  RepositoryService repositoryService() {
    return engine.processEngine().getRepositoryService();
  }

  @Produces
  ManagementService managementService() {
    return engine.processEngine().getManagementService();
  }

  @Produces
  HistoryService historyService() {
    return engine.processEngine().getHistoryService();
  }

  @Produces
  DecisionService decisionService() {
    return engine.processEngine().getDecisionService();
  }
}
