package org.relay.infrastructure;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Brings Relay's tables up to date with the versioned migrations in {@code org/relay/db/migration}
 * while Hibernate boots, before it validates the schema against the entities. Hibernate itself
 * never changes the schema.
 */
public class SchemaMigrationIntegrator implements Integrator {

  private static final Logger LOG = Logger.getLogger(SchemaMigrationIntegrator.class.getName());

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    DataSource dataSource =
        sessionFactory
            .getServiceRegistry()
            .requireService(ConnectionProvider.class)
            .unwrap(DataSource.class);
    MigrateResult result =
        Flyway.configure(SchemaMigrationIntegrator.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:org/relay/db/migration")
            .table("relay_schema_history")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Relay schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now).");
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
    // Nothing to release: Flyway held connections only while migrating.
  }
}
