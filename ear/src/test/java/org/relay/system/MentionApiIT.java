package org.relay.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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
 * The API of the real EAR from the outside, with real Keycloak tokens: a channel client delivers a
 * mention, the routed department sees it and one employee claims it.
 */
@ExtendWith({KeycloakExtension.class, ArquillianExtension.class})
class MentionApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive relay() {
    return RelayDeployments.relayEar();
  }

  private RelayClient relay;
  private String channel;

  @BeforeEach
  void connect() {
    relay = new RelayClient(TestSettings.relayUrl(), TestSettings.realmUrl());
    relay.ensureWebhookChannel("mastodon");
    relay.ensureWebhookChannel("rss");
    channel = relay.ingestToken();
  }

  @Test
  void shouldStoreADeliveredMentionAndAnswerARedeliveryWithTheSameOne() {
    String externalId = "api-" + UUID.randomUUID();

    Response created =
        relay.post("/api/mentions", channel, mention(externalId, "How do I export my data?"));
    Response again =
        relay.post("/api/mentions", channel, mention(externalId, "How do I export my data?"));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.location()).endsWith("/api/mentions/" + created.json().get("id").asLong());
    assertThat(created.json().get("channel").asText()).isEqualTo("webhook");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("id").asLong()).isEqualTo(created.json().get("id").asLong());
  }

  @Test
  void shouldOfferTheMentionToItsDepartmentOnlyAndLetOneEmployeeClaimIt() {
    long id = deliver("Is there a way to change the language of the app?");
    String alice = relay.userToken("alice");
    String sofia = relay.userToken("sofia");
    String bob = relay.userToken("bob");

    JsonNode item = awaitInInbox(alice, id);
    assertThat(item.get("department").asText()).isEqualTo("support");
    assertThat(inboxIds(bob)).doesNotContain(id);

    Response outsider = relay.post("/api/mentions/" + id + "/claim", bob, "");
    Response claimed = relay.post("/api/mentions/" + id + "/claim", alice, "");
    Response second = relay.post("/api/mentions/" + id + "/claim", sofia, "");

    assertThat(outsider.status()).isEqualTo(403);
    assertThat(outsider.contentType()).startsWith("application/problem+json");
    assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
    assertThat(claimed.json().get("assignee").asText()).isEqualTo("alice");
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().get("detail").asText()).contains("alice");
    assertThat(awaitInInbox(sofia, id).get("assignee").asText()).isEqualTo("alice");
  }

  @Test
  void shouldAnswerMalformedJsonWithAProblemAndStoreNothing() {
    String externalId = "bad-json-" + UUID.randomUUID();

    Response broken =
        relay.post(
            "/api/mentions", channel, "{\"channel\": \"webhook\", \"externalId\": \"" + externalId);
    Response badDate =
        relay.post(
            "/api/mentions",
            channel,
            mention(externalId, "hello")
                .replaceFirst("\"postedAt\":\"[^\"]*\"", "\"postedAt\":\"yesterday\""));

    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.contentType()).startsWith("application/problem+json");
    assertThat(broken.json().get("title").asText()).isNotBlank();
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(relay.post("/api/mentions", channel, mention(externalId, "hello")).status())
        .as("nothing was stored for the refused deliveries")
        .isEqualTo(201);
  }

  @Test
  void shouldNameEveryInvalidFieldAndStoreNothing() {
    String externalId = "invalid-" + UUID.randomUUID();
    String invalid =
        "{\"channel\":\"Web Hook!\",\"externalId\":\""
            + externalId
            + "\",\"author\":\"\",\"text\":\"hi\"}";

    Response refused = relay.post("/api/mentions", channel, invalid);

    assertThat(refused.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    refused.json().get("errors").forEach(error -> fields.add(error.get("field").asText()));
    assertThat(fields).containsExactly("author", "channel", "postedAt");
    assertThat(relay.post("/api/mentions", channel, mention(externalId, "hi")).status())
        .isEqualTo(201);
  }

  @Test
  void shouldRefuseDeliveriesWithoutATokenOrTheIngestRole() {
    String body = mention("unauthorised-" + UUID.randomUUID(), "hello");

    assertThat(relay.post("/api/mentions", null, body).status()).isEqualTo(401);
    assertThat(relay.post("/api/mentions", relay.userToken("alice"), body).status()).isEqualTo(403);
  }

  @Test
  void shouldAnswerHealthWithoutALogin() {
    Response health = relay.get("/api/health", null);

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asText()).isEqualTo("UP");
  }

  @Test
  void shouldListTheDepartmentsAndTheirMembersFromKeycloak() {
    Response departments = relay.get("/api/departments", relay.userToken("alice"));

    assertThat(departments.status()).as(departments.body()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    departments.json().forEach(d -> names.add(d.get("name").asText()));
    assertThat(names).contains("billing", "hr", "legal", "pr", "product-engineering", "support");
    JsonNode support =
        departments.json().findParents("name").stream()
            .filter(d -> d.get("name").asText().equals("support"))
            .findFirst()
            .orElseThrow();
    List<String> members = new ArrayList<>();
    support.get("members").forEach(m -> members.add(m.get("username").asText()));
    assertThat(members).contains("alice", "dan", "sofia").doesNotContain("bob");
  }

  private long deliver(String text) {
    Response response =
        relay.post("/api/mentions", channel, mention("api-" + UUID.randomUUID(), text));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asLong();
  }

  private List<Long> inboxIds(String token) {
    Response inbox = relay.get("/api/inbox", token);
    assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    inbox.json().forEach(item -> ids.add(item.get("mentionId").asLong()));
    return ids;
  }

  /** The reply task appears once the job executor has classified and routed the mention. */
  private JsonNode awaitInInbox(String token, long id) {
    return Await.until(
        "Mention " + id + " reaching the inbox",
        () ->
            StreamSupport.stream(relay.get("/api/inbox", token).json().spliterator(), false)
                .filter(item -> item.get("mentionId").asLong() == id)
                .findFirst());
  }

  static String mention(String externalId, String text) {
    return """
        {"channel":"webhook","externalId":"%s","author":"@customer","text":"%s",
         "url":"https://social.example/p/%s","postedAt":"%s"}"""
        .formatted(externalId, text, externalId, Instant.now());
  }
}
