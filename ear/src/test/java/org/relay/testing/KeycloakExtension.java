package org.relay.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one Keycloak for the whole test run (on the ports failsafe passes in) and stops it when
 * the run ends. Register it before Arquillian, so the realm is there when the server needs it.
 */
public class KeycloakExtension implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(RunningKeycloak.class, key -> start(), RunningKeycloak.class);
  }

  private static RunningKeycloak start() {
    try {
      return new RunningKeycloak(
          KeycloakServer.start(
              Path.of(TestSettings.required("relay.keycloak.home")),
              Path.of(TestSettings.required("relay.keycloak.realm")),
              Integer.parseInt(TestSettings.required("relay.keycloak.port")),
              Integer.parseInt(TestSettings.required("relay.keycloak.management-port")),
              Path.of(TestSettings.required("relay.keycloak.log")),
              Integer.parseInt(TestSettings.required("relay.http-port"))));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Closed by JUnit when the root context closes, at the end of the run. */
  record RunningKeycloak(KeycloakServer server) implements AutoCloseable {
    @Override
    public void close() {
      server.close();
    }
  }
}
