package org.relay.system;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

/**
 * Listening through the API of the real EAR: batches with per-item problems, a feed and a Mastodon
 * account (local fakes answering as the real ones document) polled into mentions and filtered by a
 * listening query, the account's own statuses left out, a broken feed and a refused access token
 * reported on their channels, and a reply published back to Mastodon.
 */
@ExtendWith({KeycloakExtension.class, ArquillianExtension.class})
class ListeningApiIT {

  private static final String DISCLOSED = "I work at Relay on the team that handles this. ";

  @Deployment(testable = false)
  static EnterpriseArchive relay() {
    return RelayDeployments.relayEar();
  }

  private RelayClient relay;
  private WireMockServer fake;
  private String ada;

  @BeforeEach
  void start() {
    relay = new RelayClient(TestSettings.relayUrl(), TestSettings.realmUrl());
    ada = relay.userToken("ada");
    fake = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    fake.start();
  }

  @AfterEach
  void stop() {
    fake.stop();
  }

  @Test
  void shouldStoreTheValidItemsOfABatchAndExplainEachInvalidOne() {
    String id = "batch-" + UUID.randomUUID();
    String batch =
        "["
            + item(id, "@ana", "Where do I find my invoices?")
            + ","
            + item("batch-" + UUID.randomUUID(), " ", "No author here")
            + ","
            + item(id, "@ana", "Where do I find my invoices?")
            + "]";

    Response response = relay.post("/api/mentions", relay.ingestToken(), batch);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode result = response.json();
    assertThat(result.get("created").asInt()).isEqualTo(1);
    assertThat(result.get("existing").asInt()).isEqualTo(1);
    assertThat(result.get("invalid").asInt()).isEqualTo(1);
    JsonNode items = result.get("results");
    assertThat(items.get(0).get("status").asInt()).isEqualTo(201);
    assertThat(items.get(1).get("status").asInt()).isEqualTo(400);
    assertThat(items.get(1).get("problem").get("errors").get(0).get("field").asText())
        .isEqualTo("author");
    assertThat(items.get(2).get("status").asInt()).isEqualTo(200);
    assertThat(items.get(2).get("mention").get("id").asLong())
        .isEqualTo(items.get(0).get("mention").get("id").asLong());
  }

  @Test
  void shouldLetAnAdministratorCreateAWebhookClientThatCanDeliverAtOnce() {
    String name = "it-" + UUID.randomUUID().toString().substring(0, 8);

    JsonNode client =
        created(relay.post("/api/ingest-clients", ada, "{\"name\":\"" + name + "\"}"));

    assertThat(client.get("clientId").asText()).isEqualTo("relay-ingest-" + name);
    String token =
        relay.clientToken(client.get("clientId").asText(), client.get("secret").asText());
    Response delivered =
        relay.post("/api/mentions", token, item("wh-" + UUID.randomUUID(), "@web", "Hello there"));
    assertThat(delivered.status()).as(delivered.body()).isEqualTo(201);
    assertThat(ok(relay.get("/api/ingest-clients", ada)).body())
        .contains("relay-ingest-" + name)
        .doesNotContain(client.get("secret").asText());
    assertThat(
            relay
                .post("/api/ingest-clients", relay.userToken("alice"), "{\"name\":\"nope\"}")
                .status())
        .isEqualTo(403);
  }

  @Test
  void shouldPublishTheOpenApiDocumentOfTheApi() {
    Response openapi =
        relay.getAbsolute(TestSettings.relayUrl().replaceAll("/relay/?$", "") + "/openapi");
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body()).contains("/api/mentions", "/api/channels", "/api/listening/feed");
  }

  @Test
  void shouldRefuseBatchesOverAThousandAndUnknownChannels() {
    StringBuilder big = new StringBuilder("[");
    for (int i = 0; i <= 1000; i++) {
      big.append(i == 0 ? "" : ",").append(item("big-" + UUID.randomUUID(), "@x", "hello"));
    }
    Response tooBig = relay.post("/api/mentions", relay.ingestToken(), big.append("]").toString());
    assertThat(tooBig.status()).isEqualTo(400);
    assertThat(tooBig.body()).contains("at most 1000");

    Response nowhere =
        relay.post(
            "/api/mentions",
            relay.ingestToken(),
            item("x-" + UUID.randomUUID(), "@x", "hi").replace("\"webhook\"", "\"nowhere\""));
    assertThat(nowhere.status()).isEqualTo(400);
    assertThat(nowhere.body()).contains("no channel 'nowhere' is configured");

    Response byEmployee =
        relay.post("/api/mentions", relay.userToken("alice"), "[" + item("y", "@y", "hi") + "]");
    assertThat(byEmployee.status()).isEqualTo(403);
  }

  @Test
  void shouldPollAFeedAskConditionallyAndKeepOnlyWhatTheQueryWants() {
    String word = "gizmo" + UUID.randomUUID().toString().substring(0, 6);
    fake.stubFor(
        get(urlPathEqualTo("/blog/feed"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/rss+xml; charset=utf-8")
                    .withHeader("ETag", "\"v1\"")
                    .withBody(rss(word))));
    fake.stubFor(
        get(urlPathEqualTo("/blog/feed"))
            .withHeader("If-None-Match", equalTo("\"v1\""))
            .willReturn(aResponse().withStatus(304)));
    long query =
        created(
                relay.post(
                    "/api/listening/queries",
                    ada,
                    "{\"name\":\"it-%s\",\"expression\":\"%s -giveaway\",\"enabled\":true}"
                        .formatted(word, word)))
            .get("id")
            .asLong();
    String code = "blog-" + word;
    long channel = 0;
    try {
      channel = createChannel(code, "FEED", fake.baseUrl() + "/blog/feed", "");

      JsonNode status = awaitChannel(channel, c -> c.has("lastSuccessAt"));
      assertThat(status.get("postsSeen").asLong()).isEqualTo(3);
      assertThat(status.get("noise").asLong()).isEqualTo(1);
      JsonNode kept = feedOf(code);
      assertThat(kept).hasSize(2);
      assertThat(kept.toString()).doesNotContain("<script").doesNotContain("alert(");
      JsonNode theQuery = queryById(query);
      assertThat(theQuery.get("matched").asLong()).isEqualTo(2);
      assertThat(theQuery.get("noise").asLong()).isEqualTo(1);

      String firstPoll = status.get("lastPollAt").asText();
      assertThat(relay.post("/api/channels/" + channel + "/poll", ada, "").status()).isEqualTo(202);
      JsonNode again = awaitChannel(channel, c -> !c.get("lastPollAt").asText().equals(firstPoll));
      assertThat(again.get("postsSeen").asLong()).as("304: nothing new").isEqualTo(3);
      fake.verify(
          getRequestedFor(urlPathEqualTo("/blog/feed"))
              .withHeader("If-None-Match", equalTo("\"v1\"")));
      assertThat(feedOf(code)).hasSize(2);
    } finally {
      relay.delete("/api/listening/queries/" + query, ada);
      switchOff(channel, code, "FEED", fake.baseUrl() + "/blog/feed");
    }
  }

  @Test
  void shouldReportAFeedThatIsNotAFeedOnItsChannel() {
    fake.stubFor(
        get(urlPathEqualTo("/not-a-feed"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body>Welcome to our shop</body></html>")));
    String code = "broken-" + UUID.randomUUID().toString().substring(0, 8);
    long channel = createChannel(code, "FEED", fake.baseUrl() + "/not-a-feed", "");
    try {
      JsonNode status = awaitChannel(channel, c -> c.has("lastError"));
      assertThat(status.get("errors").asLong()).isGreaterThanOrEqualTo(1);
      assertThat(status.get("lastError").asText()).containsIgnoringCase("feed");
      assertThat(status.has("lastSuccessAt")).isFalse();
      assertThat(status.get("nextPollAt").asText()).as("backs off").isNotBlank();
    } finally {
      switchOff(channel, code, "FEED", fake.baseUrl() + "/not-a-feed");
    }
  }

  @Test
  void shouldReadMentionsOfTheMastodonAccountAndReplyInTheirThread() {
    String statusId = String.valueOf(System.currentTimeMillis());
    String tag = "it" + UUID.randomUUID().toString().substring(0, 8);
    fake.stubFor(
        get(urlPathEqualTo("/api/v1/accounts/verify_credentials"))
            .withHeader("Authorization", equalTo("Bearer it-token"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"id":"42","username":"relay","acct":"relay","display_name":"Relay",
                         "followers_count":5000,"source":{"privacy":"public","note":""}}""")));
    fake.stubFor(
        get(urlPathEqualTo("/api/v1/timelines/tag/" + tag))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(hashtagTimeline(statusId, tag))));
    fake.stubFor(
        get(urlPathEqualTo("/api/v1/notifications"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withHeader("X-RateLimit-Limit", "300")
                    .withHeader("X-RateLimit-Remaining", "299")
                    .withHeader(
                        "X-RateLimit-Reset",
                        Instant.now()
                            .plus(5, ChronoUnit.MINUTES)
                            .truncatedTo(ChronoUnit.SECONDS)
                            .toString())
                    .withBody(notification(statusId))));
    fake.stubFor(
        post(urlPathEqualTo("/api/v1/statuses"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"id\":\"9%s\",\"url\":\"https://fake.social/@relay/9%s\",\"content\":\"<p>ok</p>\"}"
                            .formatted(statusId, statusId))));
    String code = "masto-" + UUID.randomUUID().toString().substring(0, 8);
    long channel =
        createChannel(
            code,
            "MASTODON",
            fake.baseUrl(),
            "\"accessToken\":\"it-token\",\"hashtags\":\"" + tag + "\",");
    try {
      JsonNode mention =
          Await.until(
              "the Mastodon mention in the feed",
              () ->
                  StreamSupport.stream(feedOf(code).spliterator(), false)
                      .filter(m -> m.get("author").asText().equals("@pat@other.social"))
                      .findFirst());
      JsonNode polled = awaitChannel(channel, c -> c.has("lastSuccessAt"));
      assertThat(polled.get("postsSeen").asLong())
          .as("the mention and the customer's hashtag status, not the account's own status")
          .isEqualTo(2);
      fake.verify(
          1,
          getRequestedFor(urlPathEqualTo("/api/v1/accounts/verify_credentials"))
              .withHeader("Authorization", equalTo("Bearer it-token")));
      assertThat(mention.get("authorFollowers").asInt()).isEqualTo(1200);
      assertThat(mention.get("text").asText())
          .contains("reset my password? 🙂")
          .doesNotContain("<");
      fake.verify(
          getRequestedFor(urlPathEqualTo("/api/v1/notifications"))
              .withHeader("Authorization", equalTo("Bearer it-token")));

      long id = mention.get("id").asLong();
      String alice = relay.userToken("alice");
      Await.until(
          "the mention in support's inbox",
          () -> relay.post("/api/mentions/" + id + "/claim", alice, "").status() == 200);
      Response draft =
          relay.post(
              "/api/mentions/" + id + "/drafts",
              alice,
              "{\"text\":\"" + DISCLOSED + "Use Settings, then Security, then Reset.\"}");
      assertThat(draft.status()).as(draft.body()).isEqualTo(201);

      JsonNode published =
          Await.until(
              "the reply published",
              () -> {
                JsonNode detail = relay.get("/api/mentions/" + id, alice).json();
                return detail.get("publications").isEmpty()
                    ? Optional.empty()
                    : Optional.of(detail.get("publications").get(0));
              });
      assertThat(published.get("url").asText())
          .isEqualTo("https://fake.social/@relay/9" + statusId);
      fake.verify(
          postRequestedFor(urlPathEqualTo("/api/v1/statuses"))
              .withHeader("Authorization", equalTo("Bearer it-token"))
              .withHeader("Idempotency-Key", containing("mention-" + id))
              .withRequestBody(containing(statusId))
              .withRequestBody(containing("pat@other.social")));
    } finally {
      switchOff(channel, code, "MASTODON", fake.baseUrl());
    }
  }

  @Test
  void shouldReportAnAccessTokenTheInstanceRefusesOnItsChannel() {
    fake.stubFor(
        get(urlPathEqualTo("/api/v1/accounts/verify_credentials"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"The access token is invalid\"}")));
    String code = "revoked-" + UUID.randomUUID().toString().substring(0, 8);
    long channel =
        createChannel(code, "MASTODON", fake.baseUrl(), "\"accessToken\":\"revoked-token\",");
    try {
      JsonNode status = awaitChannel(channel, c -> c.has("lastError"));
      assertThat(status.get("lastError").asText())
          .startsWith("Relay could not learn the channel's own account")
          .contains("The access token was refused by", "check it in the channel settings");
      assertThat(status.has("lastSuccessAt")).isFalse();
      assertThat(status.get("errors").asLong()).isGreaterThanOrEqualTo(1);
      assertThat(status.get("nextPollAt").asText()).as("backs off").isNotBlank();
      fake.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/notifications")));
    } finally {
      switchOff(channel, code, "MASTODON", fake.baseUrl());
    }
  }

  private JsonNode feedOf(String code) {
    return ok(relay.get("/api/listening/feed?channel=" + code, relay.userToken("alice"))).json();
  }

  private JsonNode queryById(long id) {
    for (JsonNode query : ok(relay.get("/api/listening/queries", ada)).json()) {
      if (query.get("id").asLong() == id) {
        return query;
      }
    }
    throw new AssertionError("No query " + id);
  }

  private JsonNode awaitChannel(long id, java.util.function.Predicate<JsonNode> wanted) {
    return Await.until(
        "channel " + id + " polled",
        () -> Optional.of(ok(relay.get("/api/channels/" + id, ada)).json()).filter(wanted));
  }

  /** Leaves the channel switched off, so that later tests are not polled into. */
  private void switchOff(long id, String code, String type, String url) {
    if (id != 0) {
      relay.put(
          "/api/channels/" + id,
          ada,
          channelJson(code, type, url, "").replace("\"enabled\":true", "\"enabled\":false"));
    }
  }

  private long createChannel(String code, String type, String url, String extra) {
    return created(relay.post("/api/channels", ada, channelJson(code, type, url, extra)))
        .get("id")
        .asLong();
  }

  private static String channelJson(String code, String type, String url, String extra) {
    return ("{\"code\":\"%s\",\"type\":\"%s\",\"name\":\"%s\",\"enabled\":true,%s"
            + "\"sourceUrl\":\"%s\",\"watchMentions\":true,\"pollSeconds\":30}")
        .formatted(code, type, code, extra, url);
  }

  private static String item(String externalId, String author, String text) {
    return ("{\"channel\":\"webhook\",\"externalId\":\"%s\",\"author\":\"%s\",\"text\":\"%s\","
            + "\"postedAt\":\"%s\"}")
        .formatted(externalId, author, text, Instant.now());
  }

  private static String rss(String word) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Fan forum</title><link>https://forum.example</link>
        <description>Talk</description><language>en-us</language>
        <item><title>My %1$s broke</title><link>https://forum.example/t/1</link><guid>t-1</guid>
          <description>&lt;p&gt;The %1$s stopped &lt;b&gt;charging&lt;/b&gt;.&lt;script&gt;alert(1)&lt;/script&gt;&lt;/p&gt;</description>
          <pubDate>Sun, 22 Nov 2026 08:00:00 GMT</pubDate><author>kim@forum.example (Kim)</author></item>
        <item><title>Love the new %1$s 😍</title><link>https://forum.example/t/2</link><guid>t-2</guid>
          <description>Best purchase this year</description><pubDate>Sun, 22 Nov 2026 08:10:00 GMT</pubDate></item>
        <item><title>%1$s giveaway!!!</title><link>https://forum.example/t/3</link><guid>t-3</guid>
          <description>Win a free one</description><pubDate>Sun, 22 Nov 2026 08:20:00 GMT</pubDate></item>
        </channel></rss>
        """
        .formatted(word);
  }

  private static String notification(String statusId) {
    return """
        [{"id":"5001","type":"mention","created_at":"%2$s",
          "account":{"id":"77","username":"pat","acct":"pat@other.social","followers_count":1200},
          "status":{"id":"%1$s","created_at":"%2$s","in_reply_to_id":null,"sensitive":false,
            "spoiler_text":"","visibility":"public","language":"en","url":"https://other.social/@pat/%1$s",
            "content":"<p><span class=\\"h-card\\"><a href=\\"https://fake.social/@relay\\">@<span>relay</span></a></span> How do I reset my password? 🙂</p>",
            "reblog":null,
            "account":{"id":"77","username":"pat","acct":"pat@other.social","followers_count":1200,
              "url":"https://other.social/@pat"}}}]
        """
        .formatted(statusId, Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * A hashtag timeline with a customer's status and, newer, one the channel's own account posted,
   * which Mastodon lists like anyone's.
   */
  private static String hashtagTimeline(String statusId, String tag) {
    String status =
        """
        {"id":"%1$s","created_at":"%2$s","visibility":"public","language":"en","spoiler_text":"",
         "url":"https://other.social/@%3$s/%1$s","content":"<p>%4$s #%5$s</p>","reblog":null,
         "account":{"id":"%6$s","username":"%3$s","acct":"%7$s","followers_count":80}}""";
    String at = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    return "["
        + status.formatted(
            "8" + statusId, at, "relay", "We answer every question here.", tag, "42", "relay")
        + ","
        + status.formatted(
            "7" + statusId, at, "sam", "Is the export broken?", tag, "78", "sam@other.social")
        + "]";
  }

  private static Response ok(Response response) {
    assertThat(response.status()).as(response.body()).isBetween(200, 299);
    return response;
  }

  private static JsonNode created(Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }
}
