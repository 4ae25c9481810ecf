package org.relay.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.relay.testing.KeycloakServer;
import org.relay.testing.Ports;
import org.relay.testing.Processes;
import org.relay.testing.RelayClient;
import org.relay.testing.TestSettings;

/**
 * The README's run command: starts the fake social web Relay listens to ({@link DemoSources}),
 * Keycloak (realm {@code relay}) and WildFly with Relay on the embedded H2 file database, seeds the
 * demo mentions and channels through the API ({@link DemoSeeder}), prints where to sign in and as
 * whom, and stops all three on Ctrl-C. Relay's data lives in {@code ear/.run/demo} and survives
 * restarts; Keycloak starts from the committed realm every time.
 */
public final class RelayDemo {

  /** Shifts every port (and the data folder) to run a second demo beside the first. */
  private static final int PORT_OFFSET = Integer.getInteger("relay.demo.port-offset", 0);

  private static final int HTTP_PORT = 8080 + PORT_OFFSET;
  private static final int MANAGEMENT_PORT = 9990 + PORT_OFFSET;
  private static final int KEYCLOAK_PORT = 8180 + PORT_OFFSET;
  private static final int KEYCLOAK_MANAGEMENT_PORT = 9180 + PORT_OFFSET;
  private static final int SOURCES_PORT = DemoSources.PORT + PORT_OFFSET;
  private static final Duration STARTUP_LIMIT = Duration.ofMinutes(5);
  private static final ObjectMapper JSON = new ObjectMapper();

  private RelayDemo() {}

  public static void main(String[] args) throws Exception {
    Instant started = Instant.now();
    Path demoDir =
        Path.of(
            TestSettings.required("relay.demo.dir") + (PORT_OFFSET == 0 ? "" : "-" + PORT_OFFSET));
    Path serverDir = Path.of(TestSettings.required("relay.server.dir"));
    Path realm = Path.of(TestSettings.required("relay.keycloak.realm"));
    Ports.requireFree(HTTP_PORT);
    Ports.requireFree(MANAGEMENT_PORT);
    Ports.requireFree(SOURCES_PORT);
    Files.createDirectories(demoDir);

    DemoSources sources = DemoSources.start(SOURCES_PORT, Clock.systemUTC());
    System.out.println("Fake social web on " + sources.baseUrl() + "/");
    System.out.println("Starting Keycloak on port " + KEYCLOAK_PORT + " ...");
    KeycloakServer keycloak =
        KeycloakServer.start(
            Path.of(TestSettings.required("relay.keycloak.home")),
            realm,
            KEYCLOAK_PORT,
            KEYCLOAK_MANAGEMENT_PORT,
            demoDir.resolve("keycloak.log"),
            HTTP_PORT);
    System.out.println("Starting WildFly with Relay on port " + HTTP_PORT + " ...");
    Process wildfly = startWildFly(serverDir, demoDir, keycloak.realmUrl());
    // Built now: Maven closes this class loader when main ends, and a hook then cannot load
    // classes.
    Runnable stopServers =
        () -> {
          System.out.println("\nStopping Relay, Keycloak and the fake social web ...");
          Processes.stop(wildfly, Duration.ofSeconds(60));
          keycloak.close();
          sources.close();
          System.out.println("Stopped.");
        };
    Runtime.getRuntime().addShutdownHook(new Thread(stopServers));

    String relayUrl = "http://localhost:" + HTTP_PORT + "/relay";
    DemoSeeder.Result seeded;
    try {
      awaitHealthy(relayUrl + "/api/health", wildfly, demoDir.resolve("wildfly.log"));
      System.out.println("Seeding the demo mentions and channels ...");
      seeded = new DemoSeeder(new RelayClient(relayUrl, keycloak.realmUrl()), sources).seed();
    } catch (Exception | Error e) {
      stopServers.run();
      throw e;
    }
    printBanner(
        relayUrl,
        keycloak,
        sources,
        realm,
        demoDir,
        seeded,
        Duration.between(started, Instant.now()));
    System.exit(wildfly.waitFor());
  }

  private static Process startWildFly(Path serverDir, Path demoDir, String realmUrl)
      throws IOException {
    Path base = demoDir.resolve("standalone");
    copyTree(serverDir.resolve("standalone/configuration"), base.resolve("configuration"));
    withoutDeployments(base.resolve("configuration/standalone.xml"));
    Files.createDirectories(base.resolve("data"));
    Path deployments = Files.createDirectories(base.resolve("deployments"));
    Files.copy(
        Path.of(TestSettings.required("relay.ear")),
        deployments.resolve("relay.ear"),
        StandardCopyOption.REPLACE_EXISTING);
    ProcessBuilder builder =
        new ProcessBuilder(
                "bash",
                serverDir.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base)
            .redirectErrorStream(true)
            .redirectOutput(demoDir.resolve("wildfly.log").toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder
        .environment()
        .putIfAbsent(
            "JAVA_OPTS", "-Xms256m -Xmx1536m -Djboss.socket.binding.port-offset=" + PORT_OFFSET);
    builder.environment().put("RELAY_OIDC_PROVIDER_URL", realmUrl);
    return builder.start();
  }

  private static void awaitHealthy(String healthUrl, Process wildfly, Path log) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant limit = Instant.now().plus(STARTUP_LIMIT);
    while (Instant.now().isBefore(limit)) {
      if (!wildfly.isAlive()) {
        throw new IllegalStateException("WildFly stopped while starting; see " + log);
      }
      try {
        HttpResponse<String> health =
            http.send(
                HttpRequest.newBuilder(URI.create(healthUrl))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // The server is still starting.
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("Relay did not answer in " + STARTUP_LIMIT + "; see " + log);
  }

  private static void printBanner(
      String relayUrl,
      KeycloakServer keycloak,
      DemoSources sources,
      Path realm,
      Path demoDir,
      DemoSeeder.Result seeded,
      Duration took)
      throws IOException {
    TreeMap<String, List<String>> byDepartment = new TreeMap<>();
    for (JsonNode user : JSON.readTree(realm.toFile()).get("users")) {
      if (user.has("serviceAccountClientId")) {
        continue;
      }
      String username = user.get("username").asText();
      List<String> roles = new ArrayList<>();
      user.get("realmRoles").forEach(r -> roles.add(r.asText()));
      String label = username + (roles.contains("department-lead") ? " (lead)" : "");
      if (user.get("groups").isEmpty()) {
        byDepartment
            .computeIfAbsent("(no department)", k -> new ArrayList<>())
            .add(label + " [admin]");
      }
      user.get("groups")
          .forEach(
              g ->
                  byDepartment
                      .computeIfAbsent(
                          g.asText().replace("/departments/", ""), k -> new ArrayList<>())
                      .add(label));
    }
    StringBuilder out = new StringBuilder();
    out.append("\n==================================================================\n");
    out.append(" Relay is running (started in ").append(took.toSeconds()).append(" s).\n\n");
    out.append(" Portal:    ").append(relayUrl).append("/\n");
    out.append(" API:       ").append(relayUrl).append("/api   (health: /api/health)\n");
    out.append(" Keycloak:  http://localhost:")
        .append(keycloak.port())
        .append("/admin/  (admin / admin)\n\n");
    out.append(" Sign in as any of these; the password is \"")
        .append(RelayClient.DEMO_PASSWORD)
        .append("\" for all:\n");
    byDepartment.forEach(
        (department, users) ->
            out.append(String.format("   %-22s %s%n", department, String.join(", ", users))));
    out.append("\n Channel client for the API: ")
        .append(RelayClient.INGEST_CLIENT)
        .append(" / ")
        .append(RelayClient.INGEST_SECRET)
        .append(" (client credentials)\n");
    out.append(" ").append(seeded.summary()).append("\n");
    out.append(" ").append(seeded.training()).append("\n\n");
    appendSources(out, relayUrl, sources, seeded);
    out.append(" Logs and data: ear/.run/")
        .append(demoDir.getFileName())
        .append(".   Stop with Ctrl-C.\n");
    out.append("==================================================================\n");
    System.out.println(out);
  }

  /** Where the fake social web runs, what listens to it, and how to listen to more of it. */
  private static void appendSources(
      StringBuilder out, String relayUrl, DemoSources sources, DemoSeeder.Result seeded) {
    out.append(" Fake social web (the demo's internet): ").append(sources.baseUrl()).append("/\n");
    out.append("   A forum post every ")
        .append(FakeForum.EVERY.toSeconds())
        .append(" s, a Mastodon post every ")
        .append(FakeMastodon.EVERY.toSeconds())
        .append(" s. Relay listens to both")
        .append(seeded.channelsConfigured().isEmpty() ? " already" : " (configured now)")
        .append(":\n");
    out.append(
        String.format("     %-14s Product forum: RSS %s%n", DemoSeeder.FORUM, sources.feedUrl()));
    out.append(
        String.format(
            "     %-14s Company on Mastodon: @%s on %s, #relaydemo%n",
            DemoSeeder.MASTODON, FakeMastodon.COMPANY, sources.baseUrl()));
    out.append("   Add one yourself under Admin > Channels: type MASTODON, instance ")
        .append(sources.baseUrl())
        .append(",\n     access token ")
        .append(DemoSources.MASTODON_TOKEN)
        .append(", hashtags relayfeedback (posts that do not name @")
        .append(FakeMastodon.COMPANY)
        .append(").\n");
    out.append("   Employee voice: sign in as grace, add @grace@fake.social under Profile.\n");
    out.append(" Listening: ").append(relayUrl).append("/listening/index.xhtml\n");
    out.append(" Wallboard: ").append(relayUrl).append("/listening/wallboard.xhtml\n");
    out.append(" Channels:  ").append(relayUrl).append("/admin/channels.xhtml\n");
  }

  /**
   * The provisioned configuration names the EAR while a test run has it deployed; the demo deploys
   * its own copy through the deployment scanner, so it drops any such entry.
   */
  private static void withoutDeployments(Path standaloneXml) throws IOException {
    String xml = Files.readString(standaloneXml);
    Files.writeString(standaloneXml, xml.replaceAll("(?s)\\s*<deployments>.*?</deployments>", ""));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
