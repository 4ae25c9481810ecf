package org.relay.testing;

/** Settings the build passes to the system tests as system properties (see ear/pom.xml). */
public final class TestSettings {

  private TestSettings() {}

  public static String required(String key) {
    String value = System.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property "
              + key
              + " is not set: run the system tests through Maven (./mvnw verify).");
    }
    return value;
  }

  /** Where the Relay under test answers, e.g. http://localhost:18080/relay. */
  public static String relayUrl() {
    return "http://localhost:" + required("relay.http-port") + "/relay";
  }

  public static String realmUrl() {
    return "http://localhost:" + required("relay.keycloak.port") + "/realms/relay";
  }
}
