package org.relay.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
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

/**
 * The guidelines through the API of the real EAR, with real tokens: rule settings validated and
 * authorised, the live check with who reviews and why, canned messages frozen during a crisis, the
 * holding statement, the policy rendered safely, threaded comments and repeated findings.
 */
@ExtendWith({KeycloakExtension.class, ArquillianExtension.class})
class GuidelinesApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DISCLOSED = "I work at Relay on the team that handles this. ";

  @Deployment(testable = false)
  static EnterpriseArchive relay() {
    return RelayDeployments.relayEar();
  }

  private RelayClient relay;
  private String ada;
  private String alice;

  private String confidentialityBefore;

  @BeforeEach
  void connect() {
    relay = new RelayClient(TestSettings.relayUrl(), TestSettings.realmUrl());
    confidentialityBefore = relay.ensureConfidentialTerms("Project Falcon", "Falcon", "Acme Corp");
    ada = relay.userToken("ada");
    alice = relay.userToken("alice");
  }

  @AfterEach
  void restoreConfidentialTerms() {
    if (confidentialityBefore != null) {
      relay.restoreRule("confidentiality", confidentialityBefore);
    }
  }

  @Test
  void shouldRefuseABadPatternOrThresholdNamingItAndChangeNothing() {
    JsonNode before = ok(relay.get("/api/guidelines/rules/confidentiality", ada)).json();

    Response badPattern =
        relay.put(
            "/api/guidelines/rules/confidentiality",
            ada,
            "{\"parameters\":{\"patterns\":[\"revenue (of\"],\"terms\":[\"Secret X\"]}}");
    Response badThreshold =
        relay.put(
            "/api/guidelines/rules/authenticity", ada, "{\"parameters\":{\"similarity\":1.5}}");
    Response unknownRule = relay.put("/api/guidelines/rules/no-such-rule", ada, "{}");

    assertThat(badPattern.status()).isEqualTo(400);
    assertThat(badPattern.contentType()).startsWith("application/problem+json");
    assertThat(badPattern.json().get("errors").get(0).get("field").asText())
        .isEqualTo("parameters.patterns");
    assertThat(badPattern.json().get("errors").get(0).get("message").asText())
        .contains("revenue (of");
    assertThat(badThreshold.status()).isEqualTo(400);
    assertThat(badThreshold.body()).contains("between 0 and 1");
    assertThat(unknownRule.status()).isEqualTo(404);
    JsonNode after = ok(relay.get("/api/guidelines/rules/confidentiality", ada)).json();
    assertThat(after.get("values")).isEqualTo(before.get("values"));
  }

  @Test
  void shouldLetEmployeesReadTheRulesAndOnlyAdministratorsChangeThem() {
    assertThat(relay.get("/api/guidelines/rules", alice).json())
        .extracting(rule -> rule.get("id").asText())
        .contains("disclosure", "personal-data", "links", "confidentiality", "authenticity");

    Response refused =
        relay.put(
            "/api/guidelines/rules/links",
            alice,
            "{\"parameters\":{\"allowedDomains\":[\"evil.example\"]}}");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(relay.get("/api/guidelines/rules/links", ada).json().get("values").toString())
        .doesNotContain("evil.example");
  }

  @Test
  void shouldShowTheConfidentialParametersOnlyToAdministratorsAndLegal() {
    String lena = relay.userToken("lena");

    JsonNode forAlice = ok(relay.get("/api/guidelines/rules/confidentiality", alice)).json();
    JsonNode forLena = ok(relay.get("/api/guidelines/rules/confidentiality", lena)).json();
    JsonNode listForAlice = ok(relay.get("/api/guidelines/rules", alice)).json();

    assertThat(forAlice.get("values").isEmpty()).isTrue();
    assertThat(forAlice.get("valuesHidden").asBoolean()).isTrue();
    assertThat(forLena.get("valuesHidden").asBoolean()).isFalse();
    assertThat(forAlice.toString()).doesNotContain("Project Falcon");
    assertThat(listForAlice.toString()).doesNotContain("Project Falcon");
    assertThat(forLena.get("values").get("terms").toString()).contains("Project Falcon");
  }

  @Test
  void shouldCheckTheNextDraftWithAChangedRuleAndSayWhoReviewsAndWhy() {
    long id = deliverAndAwait("Where do I find the docs for exports?", "@docs-" + marker(), alice);
    String allowed = "docs-" + marker() + ".example";
    ObjectNode settings = JSON.createObjectNode();
    settings.putObject("parameters").putArray("allowedDomains").add(allowed);
    String linksBefore = relay.ruleSettings("links");
    JsonNode clean;
    JsonNode foreign;
    JsonNode confidential;
    try {
      ok(relay.put("/api/guidelines/rules/links", ada, settings.toString()));

      clean =
          check(id, alice, "Alice here, I work at Relay support: https://" + allowed + "/exports");
      foreign = check(id, alice, DISCLOSED + "See https://" + allowed + "@evil.example.net/api.");
      confidential = check(id, alice, DISCLOSED + "Project Falcon will add it.");
    } finally {
      relay.restoreRule("links", linksBefore);
    }

    assertThat(clean.get("findings"))
        .as("at most a warning about stock wording")
        .allSatisfy(f -> assertThat(f.get("severity").asText()).isIn("INFO", "WARN"));
    assertThat(clean.get("blocked").asBoolean()).isFalse();
    assertThat(clean.get("review").get("legal").asBoolean()).isFalse();
    assertThat(clean.get("review").get("pr").asBoolean()).isFalse();
    assertThat(clean.get("review").get("reason").asText()).contains("published as written");
    assertThat(foreign.get("blocked").asBoolean()).isTrue();
    assertThat(foreign.get("findings").get(0).get("ruleId").asText()).isEqualTo("links");
    assertThat(foreign.get("findings").get(0).get("why").asText()).isNotBlank();
    assertThat(foreign.get("findings").get(0).get("message").asText()).contains("evil.example.net");
    assertThat(confidential.get("review").get("legal").asBoolean()).isTrue();
    assertThat(confidential.get("review").get("reason").asText()).contains("legal reviews it");
  }

  @Test
  void shouldFreezeCannedMessagesDuringACrisisAndShowTheHoldingStatement() {
    String paul = relay.userToken("paul");
    String topic = "gl-" + marker();
    ok(
        relay.put(
            "/api/listening/topics/" + topic,
            ada,
            "{\"keywords\":\"" + topic + "-gadget\",\"position\":-1}"));
    long crisisId = 0;
    try {
      long forTopic =
          ok(relay.post(
                  "/api/canned-messages",
                  paul,
                  canned("Gadget delay", "Thanks for your patience with the gadget.", topic)))
              .json()
              .get("id")
              .asLong();
      long forAny =
          ok(relay.post(
                  "/api/canned-messages",
                  paul,
                  canned("Any " + topic, "Thanks, we are on it.", null)))
              .json()
              .get("id")
              .asLong();
      assertThat(relay.post("/api/canned-messages", alice, canned("Mine", "Hi", null)).status())
          .as("employees use canned messages, PR writes them")
          .isEqualTo(403);
      assertThat(
              ok(relay.post("/api/canned-messages/" + forTopic + "/use", alice, ""))
                  .json()
                  .get("text")
                  .asText())
          .isEqualTo("Thanks for your patience with the gadget.");

      JsonNode crisis =
          ok(relay.post(
                  "/api/crises",
                  paul,
                  "{\"topic\":\"" + topic + "\",\"detail\":\"Gadgets overheating\"}"))
              .json();
      crisisId = crisis.get("id").asLong();

      Response change =
          relay.put(
              "/api/canned-messages/" + forTopic, paul, canned("Gadget delay", "Changed", topic));
      assertThat(change.status()).isEqualTo(409);
      assertThat(change.body()).contains("frozen");
      assertThat(relay.post("/api/canned-messages/" + forTopic + "/use", alice, "").status())
          .isEqualTo(409);
      assertThat(relay.post("/api/canned-messages/" + forAny + "/use", alice, "").status())
          .as("messages for any topic are frozen too")
          .isEqualTo(409);
      assertThat(
              StreamSupport.stream(
                      relay.get("/api/canned-messages?topic=" + topic, alice).json().spliterator(),
                      false)
                  .filter(m -> m.get("id").asLong() == forTopic)
                  .findFirst()
                  .orElseThrow()
                  .get("frozen")
                  .asBoolean())
          .isTrue();

      assertThat(
              relay
                  .put(
                      "/api/crises/" + crisisId + "/holding-statement",
                      alice,
                      "{\"statement\":\"x\"}")
                  .status())
          .isEqualTo(403);
      ok(
          relay.put(
              "/api/crises/" + crisisId + "/holding-statement",
              paul,
              "{\"statement\":\"We know gadgets overheat and are replacing them free of charge.\"}"));
      long id = deliver("My " + topic + "-gadget is too hot to touch", "@hot-" + marker());
      awaitInList("/api/inbox", paul, item -> item.get("mentionId").asLong() == id);

      JsonNode during = check(id, paul, DISCLOSED + "We are looking at it right now.");

      assertThat(during.get("holdingStatement").asText()).contains("replacing them free of charge");
      assertThat(during.get("review").get("pr").asBoolean()).isTrue();
      assertThat(during.get("review").get("reason").asText()).contains("crisis is active");

      ok(relay.post("/api/crises/" + crisisId + "/end", paul, "{\"note\":\"Replaced\"}"));
      crisisId = 0;
      assertThat(relay.post("/api/canned-messages/" + forTopic + "/use", alice, "").status())
          .as("usable again once the crisis ended")
          .isEqualTo(200);
      ok(relay.post("/api/canned-messages/" + forTopic + "/retire", paul, ""));
      ok(relay.post("/api/canned-messages/" + forAny + "/retire", paul, ""));
      assertThat(relay.post("/api/canned-messages/" + forTopic + "/use", alice, "").status())
          .isEqualTo(409);
    } finally {
      if (crisisId != 0) {
        relay.post("/api/crises/" + crisisId + "/end", paul, "{\"note\":\"test over\"}");
      }
      relay.delete("/api/listening/topics/" + topic, ada);
    }
  }

  @Test
  void shouldRenderThePolicySafelyAndLetOnlyAdministratorsRewriteIt() {
    JsonNode sections = ok(relay.get("/api/policy", alice)).json();
    assertThat(sections)
        .extracting(s -> s.get("key").asText())
        .contains("transparency", "confidentiality", "privacy", "tone", "escalation");
    JsonNode links =
        StreamSupport.stream(sections.spliterator(), false)
            .filter(s -> s.get("key").asText().equals("links"))
            .findFirst()
            .orElseThrow();
    String body = links.get("markdown").asText();
    String title = links.get("title").asText();

    assertThat(relay.put("/api/policy/links", alice, section(title, "Hacked")).status())
        .isEqualTo(403);
    try {
      JsonNode rewritten =
          ok(relay.put(
                  "/api/policy/links",
                  ada,
                  section(
                      title,
                      "**Only** [ours](https://relay.example) <script>alert(1)</script>"
                          + " [bad](javascript:alert(1)) <img src=x onerror=alert(1)>")))
              .json();

      String html = rewritten.get("html").asText();
      assertThat(html).contains("<strong>Only</strong>").contains("href=\"https://relay.example\"");
      assertThat(html)
          .doesNotContain("<script")
          .doesNotContain("javascript:")
          .doesNotContain("<img");
    } finally {
      ok(relay.put("/api/policy/links", ada, section(title, body)));
    }
  }

  @Test
  void shouldThreadCommentsBetweenTheAuthorAndTheReviewers() {
    String carol = relay.userToken("carol");
    String lena = relay.userToken("lena");
    long id =
        deliverAndAwait("Is my invoice affected by the " + marker() + " change?", "@c", carol);
    ok(relay.post("/api/mentions/" + id + "/claim", carol, ""));
    ok(
        relay.post(
            "/api/mentions/" + id + "/drafts",
            carol,
            text(DISCLOSED + "Project Falcon changes it.")));

    long question =
        ok(relay.post(
                "/api/mentions/" + id + "/comments", lena, comment("Can we avoid the name?", null)))
            .json()
            .get("id")
            .asLong();
    ok(
        relay.post(
            "/api/mentions/" + id + "/comments", carol, comment("Yes, I will drop it.", question)));
    Response outsider =
        relay.post("/api/mentions/" + id + "/comments", alice, comment("Me too", null));
    Response empty = relay.post("/api/mentions/" + id + "/comments", lena, comment(" ", null));

    Response prOutsider =
        relay.post(
            "/api/mentions/" + id + "/comments", relay.userToken("paul"), comment("PR here", null));
    Response hidden =
        relay.post("/api/mentions/" + id + "/comments", lena, comment("\u202E\u200B ", null));
    Response personal =
        relay.post(
            "/api/mentions/" + id + "/comments",
            carol,
            comment("The customer's number is +49 30 1234567, call her.", question));

    assertThat(outsider.status()).isEqualTo(403);
    assertThat(prOutsider.status()).as("PR does not review this draft").isEqualTo(403);
    assertThat(empty.status()).isEqualTo(400);
    assertThat(hidden.status()).as("invisible characters are no comment").isEqualTo(400);
    assertThat(personal.status()).as("personal data stays out of comments").isEqualTo(400);
    assertThat(personal.body()).contains("phone number").contains("privately");
    assertThat(relay.get("/api/mentions/" + id + "/comments", alice).status()).isEqualTo(403);
    JsonNode thread = ok(relay.get("/api/mentions/" + id + "/comments", carol)).json();
    assertThat(thread).hasSize(2);
    assertThat(thread.get(0).get("author").asText()).isEqualTo("lena");
    assertThat(thread.get(0).get("depth").asInt()).isZero();
    assertThat(thread.get(0).get("revision").asInt()).isEqualTo(1);
    assertThat(thread.get(1).get("author").asText()).isEqualTo("carol");
    assertThat(thread.get(1).get("depth").asInt()).isEqualTo(1);
    assertThat(thread.get(1).get("parentId").asLong()).isEqualTo(question);
  }

  @Test
  void shouldCountRepeatedFindingsForTheAuthorAndForHrOnly() {
    String dan = relay.userToken("dan");
    String hana = relay.userToken("hana");
    long first = deliverAndAwait("Export is broken " + marker(), "@e1", dan);
    long second = deliverAndAwait("Export still broken " + marker(), "@e2", dan);
    long before = count(relay.get("/api/me/findings", dan).json(), "personal-data");
    for (long id : List.of(first, second)) {
      ok(relay.post("/api/mentions/" + id + "/claim", dan, ""));
      // Submitting the same refused revision again and again counts once.
      for (int attempt = 0; attempt < 3; attempt++) {
        Response refused =
            relay.post(
                "/api/mentions/" + id + "/drafts",
                dan,
                text(DISCLOSED + "Call me on +49 30 1234567 and we fix it."));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("phone number").contains("send it privately");
      }
    }

    JsonNode mine = ok(relay.get("/api/me/findings", dan)).json();
    assertThat(count(mine, "personal-data")).isEqualTo(before + 2);
    assertThat(relay.get("/api/findings", dan).status()).isEqualTo(403);
    assertThat(relay.get("/api/findings?author=alice", dan).status()).isEqualTo(403);
    JsonNode all = ok(relay.get("/api/findings", hana)).json();
    assertThat(
            StreamSupport.stream(all.spliterator(), false)
                .filter(c -> c.get("author").asText().equals("dan"))
                .filter(c -> c.get("ruleId").asText().equals("personal-data"))
                .findFirst()
                .orElseThrow()
                .get("refused")
                .asLong())
        .isGreaterThanOrEqualTo(2);
    assertThat(ok(relay.get("/api/findings?author=dan", hana)).json()).isNotEmpty();
  }

  @Test
  void shouldKeepTheAuthorsProfileDisclosure() {
    try {
      ok(relay.put("/api/me/disclosure", alice, "{\"statement\":\"Support engineer at Relay\"}"));

      assertThat(ok(relay.get("/api/me/disclosure", alice)).json().get("statement").asText())
          .isEqualTo("Support engineer at Relay");
      assertThat(relay.put("/api/me/disclosure", alice, "{\"statement\":\"\"}").status())
          .isEqualTo(400);
    } finally {
      ok(relay.delete("/api/me/disclosure", alice));
    }
    assertThat(relay.get("/api/me/disclosure", alice).status()).isEqualTo(204);
  }

  @Test
  void shouldCountEveryOneOfManyUsesOfACannedMessageAtOnce() throws Exception {
    String paul = relay.userToken("paul");
    long id =
        ok(relay.post(
                "/api/canned-messages",
                paul,
                canned("Busy " + marker(), "Thanks for your patience.", "billing")))
            .json()
            .get("id")
            .asLong();
    try {
      int uses = 8;
      ExecutorService pool = Executors.newFixedThreadPool(uses);
      try {
        List<Future<Response>> all = new ArrayList<>();
        for (int i = 0; i < uses; i++) {
          all.add(pool.submit(() -> relay.post("/api/canned-messages/" + id + "/use", alice, "")));
        }
        for (Future<Response> use : all) {
          assertThat(use.get(60, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
      } finally {
        pool.shutdownNow();
      }

      assertThat(
              StreamSupport.stream(
                      relay.get("/api/canned-messages", alice).json().spliterator(), false)
                  .filter(m -> m.get("id").asLong() == id)
                  .findFirst()
                  .orElseThrow()
                  .get("uses")
                  .asLong())
          .isEqualTo(uses);
    } finally {
      relay.post("/api/canned-messages/" + id + "/retire", paul, "");
    }
  }

  private JsonNode check(long id, String token, String text) {
    return ok(relay.post("/api/mentions/" + id + "/check", token, text(text))).json();
  }

  private static long count(JsonNode counts, String rule) {
    return StreamSupport.stream(counts.spliterator(), false)
        .filter(c -> c.get("ruleId").asText().equals(rule))
        .mapToLong(c -> c.get("count").asLong())
        .sum();
  }

  private long deliver(String text, String author) {
    ObjectNode body =
        JSON.createObjectNode()
            .put("channel", "webhook")
            .put("externalId", "gl-" + UUID.randomUUID())
            .put("author", author)
            .put("text", text)
            .put("postedAt", Instant.now().toString());
    Response delivered = relay.post("/api/mentions", relay.ingestToken(), body.toString());
    assertThat(delivered.status()).as(delivered.body()).isEqualTo(201);
    return delivered.json().get("id").asLong();
  }

  private long deliverAndAwait(String text, String author, String departmentToken) {
    long id = deliver(text, author);
    awaitInList("/api/inbox", departmentToken, item -> item.get("mentionId").asLong() == id);
    return id;
  }

  private JsonNode awaitInList(String path, String token, Predicate<JsonNode> wanted) {
    return Await.until(
        "The wanted item showing in " + path,
        () ->
            StreamSupport.stream(ok(relay.get(path, token)).json().spliterator(), false)
                .filter(wanted)
                .findFirst());
  }

  private static String text(String text) {
    return JSON.createObjectNode().put("text", text).toString();
  }

  private static String comment(String body, Long parentId) {
    ObjectNode comment = JSON.createObjectNode().put("body", body);
    if (parentId != null) {
      comment.put("parentId", parentId);
    }
    return comment.toString();
  }

  private static String canned(String title, String text, String topic) {
    ObjectNode message = JSON.createObjectNode().put("title", title).put("text", text);
    if (topic != null) {
      message.put("topic", topic);
    }
    return message.toString();
  }

  private static String section(String title, String body) {
    return JSON.createObjectNode().put("title", title).put("body", body).toString();
  }

  private static String marker() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static Response ok(Response response) {
    assertThat(response.status()).as(response.body()).isBetween(200, 299);
    return response;
  }
}
