package org.relay.workflow;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.application.impl.metadata.ProcessesXmlParser;
import org.camunda.bpm.application.impl.metadata.spi.ProcessArchiveXml;
import org.camunda.bpm.application.impl.metadata.spi.ProcessesXml;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Starts Relay's embedded process engine when the application starts and stops it on undeploy.
 *
 * <p>The engine runs on the server's transaction manager and on the same datasource as Relay's JPA
 * entities, so a service's JPA work and its engine commands share one JTA transaction. It manages
 * its own transactions while starting (bean-managed here), creates or updates its schema, and
 * deploys the models listed in the processes module's {@code META-INF/processes.xml} with duplicate
 * filtering, so an unchanged model is not deployed again.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ProcessEngineBootstrap {

  private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());
  private static final String PROCESSES_XML = "META-INF/processes.xml";

  @Resource(lookup = "java:jboss/datasources/RelayDS")
  DataSource dataSource;

  @Resource(lookup = "java:jboss/TransactionManager")
  TransactionManager transactionManager;

  @Resource ManagedThreadFactory threadFactory;

  @Inject BeanManager beanManager;

  private volatile ProcessEngine processEngine;

  @PostConstruct
  void start() {
    EngineSettings settings = EngineSettings.fromSystemProperties();
    JakartaTransactionProcessEngineConfiguration configuration =
        new JakartaTransactionProcessEngineConfiguration();
    configuration.setProcessEngineName("relay");
    configuration.setDataSource(dataSource);
    configuration.setTransactionManager(transactionManager);
    configuration.setTransactionsExternallyManaged(true);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(settings.historyLevel());
    configuration.setHistoryCleanupBatchWindowStartTime(settings.cleanupWindowStart());
    configuration.setHistoryCleanupBatchWindowEndTime(settings.cleanupWindowEnd());
    // Random ids need no round trip and no shared counter row, which every node and every
    // concurrent ingestion would otherwise update (Camunda's advice for clusters and high load).
    configuration.setIdGenerator(new StrongUuidGenerator());
    // Acquire the jobs that are due, oldest first, through the due-date index (EngineDatabase).
    configuration.setEnsureJobDueDateNotNull(true);
    configuration.setJobExecutorAcquireByDueDate(true);
    // Decision tables: FEEL unary tests by Camunda's Java FEEL engine, JUEL for input expressions
    // and output entries. Its FEEL Scala engine parses every cell and rebuilds its function table
    // on every evaluation: 2 ms per routing decision against 20 µs (docs/architecture.md).
    configuration.setDmnFeelEnableLegacyBehavior(true);
    configuration.setExpressionManager(new CdiExpressionManager(beanManager));
    configuration.setJobExecutor(new ManagedJobExecutor(threadFactory, settings.jobThreads()));
    // Started below, once the job table has its index and every waiting job a due date.
    configuration.setJobExecutorActivate(false);
    configuration.setJavaSerializationFormatEnabled(false);
    EngineDatabase.reconcileHistoryLevel(dataSource, settings);
    processEngine = configuration.buildProcessEngine();
    EngineDatabase.tuneJobAcquisition(dataSource);
    deployModels();
    configuration.getJobExecutor().start();
    LOG.info(
        "Process engine 'relay' started; history "
            + settings.historyLevel()
            + ", cleaned up between "
            + settings.cleanupWindowStart()
            + " and "
            + settings.cleanupWindowEnd()
            + "; job executor active with "
            + (settings.jobThreads() == 0
                ? "the engine's default threads."
                : settings.jobThreads() + " threads."));
  }

  @PreDestroy
  void stop() {
    if (processEngine != null) {
      processEngine.close();
      processEngine = null;
    }
  }

  public ProcessEngine processEngine() {
    ProcessEngine engine = processEngine;
    if (engine == null) {
      throw new IllegalStateException("The process engine is not running.");
    }
    return engine;
  }

  private void deployModels() {
    ClassLoader classLoader = ProcessEngineBootstrap.class.getClassLoader();
    try {
      for (URL url : Collections.list(classLoader.getResources(PROCESSES_XML))) {
        ProcessesXml processesXml =
            new ProcessesXmlParser().createParse().sourceUrl(url).execute().getProcessesXml();
        for (ProcessArchiveXml archive : processesXml.getProcessArchives()) {
          deploy(archive, classLoader);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + PROCESSES_XML, e);
    }
  }

  private void deploy(ProcessArchiveXml archive, ClassLoader classLoader) throws IOException {
    DeploymentBuilder deployment =
        processEngine
            .getRepositoryService()
            .createDeployment()
            .name(archive.getName())
            .source("relay")
            .enableDuplicateFiltering(true);
    for (String resource : archive.getProcessResourceNames()) {
      try (InputStream model = classLoader.getResourceAsStream(resource)) {
        if (model == null) {
          throw new IllegalStateException(PROCESSES_XML + " names a missing model: " + resource);
        }
        deployment.addString(resource, new String(model.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    deployment.deploy();
  }
}
