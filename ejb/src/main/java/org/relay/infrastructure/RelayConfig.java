package org.relay.infrastructure;

/**
 * Relay's settings as the server holds them: system properties named {@code relay.*}, set by the
 * provisioning scripts from environment variables (see ear/src/main/cli and the README).
 */
public final class RelayConfig {

  private RelayConfig() {}

  public static String required(String key) {
    String value = System.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "Relay setting " + key + " is missing: the server configuration must define it.");
    }
    return value;
  }
}
