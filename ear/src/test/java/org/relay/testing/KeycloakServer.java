package org.relay.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Keycloak server (the distribution the build unpacked) in dev mode with an in-memory database
 * and the committed {@code relay} realm imported at every start, so it always matches the file.
 * Used by the system tests and by the demo; each picks its own ports, and the portal's address on
 * the port it runs on is added to the portal client's redirect URIs in the imported copy (the file
 * names only the default ports).
 */
public final class KeycloakServer implements AutoCloseable {

  private static final Duration STARTUP_LIMIT = Duration.ofMinutes(4);
  private static final String PORTAL_CLIENT = "relay-portal";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final int port;
  private final Path log;

  private KeycloakServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts Keycloak and returns once the realm answers.
   *
   * @param relayHttpPort the port the portal signing in through this Keycloak listens on
   */
  public static KeycloakServer start(
      Path home, Path realm, int port, int managementPort, Path log, int relayHttpPort)
      throws IOException {
    if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
      throw new IllegalStateException(
          "No Keycloak at " + home + ": build the ear module first (./mvnw install).");
    }
    Ports.requireFree(port);
    Ports.requireFree(managementPort);
    Path imports = Files.createDirectories(home.resolve("data/import"));
    importRealm(realm, imports.resolve("relay-realm.json"), relayHttpPort);
    Files.createDirectories(log.getParent());

    ProcessBuilder builder =
        new ProcessBuilder(
                "bash",
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--db=dev-mem",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--health-enabled=true",
                "--hostname=http://localhost:" + port,
                "--import-realm")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", javaHomeForKeycloak().toString());
    builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
    builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
    KeycloakServer server = new KeycloakServer(builder.start(), port, log);
    try {
      server.awaitReady(managementPort);
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** Copies the realm for import, allowing the portal client to redirect to the portal's port. */
  private static void importRealm(Path realm, Path target, int relayHttpPort) throws IOException {
    ObjectNode imported = (ObjectNode) JSON.readTree(realm.toFile());
    for (JsonNode client : imported.path("clients")) {
      if (PORTAL_CLIENT.equals(client.path("clientId").asText())) {
        ArrayNode redirects = ((ObjectNode) client).withArray("redirectUris");
        for (String host : new String[] {"localhost", "127.0.0.1"}) {
          String uri = "http://" + host + ":" + relayHttpPort + "/relay/*";
          boolean present = false;
          for (JsonNode existing : redirects) {
            present |= existing.asText().equals(uri);
          }
          if (!present) {
            redirects.add(uri);
          }
        }
      }
    }
    JSON.writeValue(target.toFile(), imported);
  }

  public int port() {
    return port;
  }

  /** For example {@code http://localhost:8180/realms/relay}. */
  public String realmUrl() {
    return "http://localhost:" + port + "/realms/relay";
  }

  @Override
  public void close() {
    Processes.stop(process, Duration.ofSeconds(30));
  }

  private void awaitReady(int managementPort) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI health = URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
    URI realm = URI.create(realmUrl() + "/.well-known/openid-configuration");
    Instant limit = Instant.now().plus(STARTUP_LIMIT);
    while (Instant.now().isBefore(limit)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Keycloak stopped while starting (exit " + process.exitValue() + "); see " + log);
      }
      if (answers(http, health) && answers(http, realm)) {
        return;
      }
      sleep(Duration.ofMillis(500));
    }
    throw new IllegalStateException(
        "Keycloak did not get ready in " + STARTUP_LIMIT + "; see " + log);
  }

  private static boolean answers(HttpClient http, URI uri) {
    try {
      HttpResponse<Void> response =
          http.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
    }
  }

  /**
   * Keycloak 26 needs Java 21 or newer. Uses {@code RELAY_KEYCLOAK_JAVA_HOME} if set, else this JVM
   * if new enough, else the newest JDK under /usr/lib/jvm.
   */
  static Path javaHomeForKeycloak() {
    String configured = System.getenv("RELAY_KEYCLOAK_JAVA_HOME");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    if (Runtime.version().feature() >= 21) {
      return Path.of(System.getProperty("java.home"));
    }
    try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
      return jdks.filter(jdk -> featureVersionOf(jdk).orElse(0) >= 21)
          .max(Comparator.comparing(jdk -> featureVersionOf(jdk).orElse(0)))
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "Keycloak needs Java 21 or newer: set RELAY_KEYCLOAK_JAVA_HOME to one."));
    } catch (IOException e) {
      throw new IllegalStateException(
          "Keycloak needs Java 21 or newer: set RELAY_KEYCLOAK_JAVA_HOME to one.", e);
    }
  }

  private static Optional<Integer> featureVersionOf(Path jdk) {
    Path release = jdk.resolve("release");
    if (!Files.isRegularFile(release) || !Files.isExecutable(jdk.resolve("bin/java"))) {
      return Optional.empty();
    }
    try {
      Matcher version = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
      return version.find() ? Optional.of(Integer.parseInt(version.group(1))) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
    }
  }
}
