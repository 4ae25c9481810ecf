package org.relay.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relay.testing.Await;
import org.relay.testing.KeycloakExtension;
import org.relay.testing.RelayClient;
import org.relay.testing.RelayClient.Response;
import org.relay.testing.RelayDeployments;
import org.relay.testing.TestSettings;
import org.relay.testing.TrainingModules;

/**
 * Training through the API of the real EAR with real tokens: only HR manages modules and records
 * completions; the gate refuses an untrained employee's claim with problem details naming the
 * module, admits them once they pass its quiz, refuses an expired completion, and the process then
 * assigns re-certification. The modules are required of support, whose other members (alice, dan,
 * sofia) are given current completions; each module is retired afterwards.
 */
@ExtendWith({KeycloakExtension.class, ArquillianExtension.class})
class TrainingApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive relay() {
    return RelayDeployments.relayEar();
  }

  private RelayClient relay;
  private TrainingModules modules;
  private final String marker = UUID.randomUUID().toString().substring(0, 8);
  private final List<Long> published = new ArrayList<>();

  @BeforeEach
  void connect() {
    relay = new RelayClient(TestSettings.relayUrl(), TestSettings.realmUrl());
    modules = new TrainingModules(relay);
    modules.retireLeftovers();
  }

  @AfterEach
  void retire() {
    published.forEach(modules::retire);
  }

  @Test
  void shouldLetOnlyHrManageModulesAndRecordCompletions() {
    String alice = relay.userToken("alice");
    String hana = relay.userToken("hana");
    String draft = TrainingModules.quizModule("support", "HR only " + marker);

    Response refused = relay.post("/api/training/modules", alice, draft);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().get("detail").asText()).contains("Only HR");

    Response created = relay.post("/api/training/modules", hana, draft);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("module").get("id").asLong();
    published.add(id);
    assertThat(created.json().get("module").get("publishedVersion").asInt()).isZero();
    assertThat(relay.put("/api/training/modules/" + id + "/draft", alice, draft).status())
        .isEqualTo(403);
    assertThat(relay.post("/api/training/modules/" + id + "/publish", alice, "").status())
        .isEqualTo(403);
    assertThat(relay.post("/api/training/modules/" + id + "/retire", alice, "").status())
        .isEqualTo(403);
    assertThat(relay.get("/api/training/compliance", alice).status()).isEqualTo(403);
    assertThat(relay.get("/api/training/compliance/report.csv", alice, "text/csv").status())
        .isEqualTo(403);
    assertThat(
            relay
                .post(
                    "/api/training/completions",
                    alice,
                    completion(id, "alice", today(), "I say I did it"))
                .status())
        .isEqualTo(403);

    Response invalid =
        relay.post(
            "/api/training/modules",
            hana,
            "{\"title\":\"\",\"validityMonths\":0,\"dueDays\":14,\"passMark\":101,\"questions\":[]}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(fields(invalid)).contains("title", "validityMonths", "passMark");
  }

  @Test
  void shouldSaveAndPublishADraftOnlyOverTheRevisionTheClientRead() {
    String hana = relay.userToken("hana");
    String omar = relay.userToken("omar");
    Response created =
        relay.post(
            "/api/training/modules",
            hana,
            TrainingModules.quizModule("support", "Revisions " + marker));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("module").get("id").asLong();
    published.add(id);
    String path = "/api/training/modules/" + id;
    Response read = relay.get(path + "/versions", hana);
    String revision = read.json().get("revision").asText();
    assertThat(read.etag()).isEqualTo("\"" + revision + "\"");

    Response blind =
        relay.put(path + "/draft", omar, TrainingModules.quizModule("support", "Blind " + marker));
    assertThat(blind.status()).as(blind.body()).isEqualTo(428);
    assertThat(blind.contentType()).startsWith("application/problem+json");
    assertThat(blind.json().get("detail").asText()).contains("If-Match", "Nothing was saved");

    Response saved =
        relay.put(
            path + "/draft",
            omar,
            TrainingModules.quizModule("support", "Omar's " + marker),
            "If-Match",
            read.etag());
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.etag()).isNotEqualTo(read.etag());

    Response overwrite =
        relay.put(
            path + "/draft",
            hana,
            TrainingModules.quizModule("support", "Hana's " + marker),
            "If-Match",
            read.etag());
    assertThat(overwrite.status()).as(overwrite.body()).isEqualTo(412);
    assertThat(overwrite.json().get("detail").asText()).contains("omar saved the draft");

    JsonNode now = relay.get(path + "/versions", hana).json();
    assertThat(now.get("module").get("title").asText())
        .as("only omar's save, made over what he read, changed the draft")
        .isEqualTo(TrainingModules.PREFIX + "Omar's " + marker);
    assertThat("\"" + now.get("revision").asText() + "\"").isEqualTo(saved.etag());
    assertThat(now.get("module").get("draftRevision").asText()).isEqualTo(revisionOf(saved));

    Response unseen = relay.post(path + "/publish", hana, "", "If-Match", read.etag());
    assertThat(unseen.status()).as(unseen.body()).isEqualTo(412);
    assertThat(unseen.json().get("detail").asText()).contains("omar saved the draft");
    assertThat(relay.get(path + "/versions", hana).json().get("module").get("publishedVersion"))
        .as("hana never saw omar's text, so it is not put in force")
        .hasToString("0");

    Response seen = relay.post(path + "/publish", hana, "", "If-Match", saved.etag());
    assertThat(seen.status()).as(seen.body()).isEqualTo(200);
    assertThat(seen.json().get("module").get("publishedVersion").asInt()).isEqualTo(1);
  }

  @Test
  void shouldRefuseAnUntrainedEmployeesClaimUntilTheyPassTheQuiz() {
    long module = publish("Speaking for support " + marker);
    String hana = relay.userToken("hana");
    for (String colleague : List.of("alice", "dan", "sofia")) {
      Response recorded =
          relay.post(
              "/api/training/completions",
              hana,
              completion(module, colleague, today(), "Social media workshop, Lisbon office"));
      assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
      assertThat(recorded.json().get("source").asText()).isEqualTo("RECORDED");
      assertThat(recorded.json().get("recordedBy").asText()).isEqualTo("hana");
    }
    String tom = relay.userToken("tom");
    long mention = deliverToSupport(tom);

    Response refused = relay.post("/api/mentions/" + mention + "/claim", tom, "");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().get("title").asText()).isEqualTo("Training required");
    JsonNode missing = refused.json().get("modules").get(0);
    assertThat(missing.get("moduleId").asLong()).isEqualTo(module);
    assertThat(missing.get("status").asText()).isEqualTo("MISSING");
    assertThat(refused.json().get("detail").asText()).contains("Speaking for support " + marker);

    JsonNode toTake = ok(relay.get("/api/training/modules/" + module, tom)).json();
    assertThat(toTake.get("contentHtml").asText()).contains("<h2>Say who you are</h2>");
    assertThat(toTake.get("questions").toString()).doesNotContain("correct");

    JsonNode failed =
        ok(relay.post(
                "/api/training/modules/" + module + "/quiz",
                tom,
                "{\"version\":1,\"answers\":[[1],[0]]}"))
            .json();
    assertThat(failed.get("passed").asBoolean()).isFalse();
    assertThat(failed.get("score").asInt()).isEqualTo(50);
    assertThat(relay.post("/api/mentions/" + mention + "/claim", tom, "").status()).isEqualTo(403);

    JsonNode passed =
        ok(relay.post(
                "/api/training/modules/" + module + "/quiz", tom, TrainingModules.rightAnswers()))
            .json();
    assertThat(passed.get("passed").asBoolean()).isTrue();
    long certificate = passed.get("completion").get("id").asLong();
    assertThat(
            ok(relay.get("/api/training/certificates/" + certificate, tom))
                .json()
                .get("username")
                .asText())
        .isEqualTo("tom");
    assertThat(
            relay
                .get("/api/training/certificates/" + certificate, relay.userToken("alice"))
                .status())
        .as("only the holder and HR see a certificate")
        .isEqualTo(403);

    Response claimed = relay.post("/api/mentions/" + mention + "/claim", tom, "");
    assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
    assertThat(claimed.json().get("assignee").asText()).isEqualTo("tom");
  }

  @Test
  void shouldRefuseAnExpiredCompletionAndAssignReCertification() {
    long module = publish("Expiry " + marker);
    String hana = relay.userToken("hana");
    String longAgo = LocalDate.now(ZoneOffset.UTC).minusMonths(13).toString();
    Response recorded =
        relay.post(
            "/api/training/completions",
            hana,
            completion(module, "tom", longAgo, "Induction workshop, last year"));
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    assertThat(recorded.json().get("valid").asBoolean()).isFalse();
    String tom = relay.userToken("tom");
    long mention = deliverToSupport(tom);

    Response refused = relay.post("/api/mentions/" + mention + "/claim", tom, "");

    assertThat(refused.status()).isEqualTo(403);
    JsonNode expired = refused.json().get("modules").get(0);
    assertThat(expired.get("status").asText()).isEqualTo("EXPIRED");
    assertThat(expired.get("expiredAt").asText())
        .as("valid through the same day twelve months on (the company's zone is UTC here)")
        .startsWith(LocalDate.parse(longAgo).plusMonths(12).plusDays(1) + "T00:00:00Z");

    JsonNode recertification =
        Await.until(
            "the process assigning tom a re-certification",
            () ->
                moduleOf(ok(relay.get("/api/training/me", tom)).json(), module)
                    .filter(m -> "RECERTIFICATION".equals(m.path("reason").asText())));
    assertThat(recertification.get("status").asText()).isEqualTo("EXPIRED");
    JsonNode row =
        StreamSupport.stream(
                ok(relay.get("/api/training/compliance", hana)).json().get("people").spliterator(),
                false)
            .filter(
                p ->
                    p.get("username").asText().equals("tom")
                        && p.get("moduleId").asLong() == module)
            .findFirst()
            .orElseThrow();
    assertThat(row.get("status").asText()).isEqualTo("EXPIRED");

    ok(
        relay.post(
            "/api/training/modules/" + module + "/quiz", tom, TrainingModules.rightAnswers()));
    assertThat(relay.post("/api/mentions/" + mention + "/claim", tom, "").status()).isEqualTo(200);
  }

  @Test
  void shouldExportWhoLacksWhatAsCsvForHr() {
    long module = publish("Export " + marker);

    Response csv =
        relay.get("/api/training/compliance/report.csv", relay.userToken("hana"), "text/csv");

    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0])
        .as("UTF-8 with a byte-order mark, for spreadsheets")
        .isEqualTo(
            "\uFEFFusername,name,departments,module,status,completed_at,expires_at,source,due_at,overdue,last_reminded_at");
    assertThat(csv.body()).contains("tom,").contains(TrainingModules.PREFIX + "Export " + marker);
    JsonNode matrix = ok(relay.get("/api/training/compliance", relay.userToken("hana"))).json();
    assertThat(matrix.get("modules").toString()).contains("\"id\":" + module);
  }

  private static String revisionOf(Response withEtag) {
    String etag = withEtag.etag();
    return etag.substring(1, etag.length() - 1);
  }

  private long publish(String title) {
    long id = modules.publishQuizFor("support", title);
    published.add(id);
    return id;
  }

  private long deliverToSupport(String token) {
    String body =
        """
        {"channel":"webhook","externalId":"training-%s","author":"@customer",
         "text":"How do I export my workspace? (%s)","url":"https://social.example/p/1","postedAt":"%s"}"""
            .formatted(UUID.randomUUID(), marker, Instant.now());
    Response delivered = relay.post("/api/mentions", relay.ingestToken(), body);
    assertThat(delivered.status()).as(delivered.body()).isEqualTo(201);
    long id = delivered.json().get("id").asLong();
    Await.until(
        "mention " + id + " in support's inbox, which the untrained can read",
        () ->
            StreamSupport.stream(ok(relay.get("/api/inbox", token)).json().spliterator(), false)
                .anyMatch(item -> item.get("mentionId").asLong() == id));
    return id;
  }

  private static Optional<JsonNode> moduleOf(JsonNode me, long module) {
    return StreamSupport.stream(me.get("modules").spliterator(), false)
        .filter(m -> m.get("moduleId").asLong() == module)
        .findFirst();
  }

  private static List<String> fields(Response problem) {
    return StreamSupport.stream(problem.json().get("errors").spliterator(), false)
        .map(e -> e.get("field").asText())
        .toList();
  }

  private static String completion(long module, String username, String on, String note) {
    return """
        {"moduleId":%d,"username":"%s","completedOn":"%s","note":"%s"}"""
        .formatted(module, username, on, note);
  }

  private static String today() {
    return LocalDate.now(ZoneOffset.UTC).toString();
  }

  private static Response ok(Response response) {
    assertThat(response.status() / 100).as(response.toString()).isEqualTo(2);
    return response;
  }
}
