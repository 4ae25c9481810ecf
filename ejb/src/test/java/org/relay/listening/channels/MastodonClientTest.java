package org.relay.listening.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.relay.listening.channels.FeedReaderTest.fixture;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relay.listening.channels.ChannelException.Reason;

class MastodonClientTest {

  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
  private static final String TOKEN = "s3cr3t-token";
  private static final String TAG_PATH = "/api/v1/timelines/tag/dell";

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
          .build();

  private final MastodonClient client =
      new MastodonClient(
          new ChannelHttp(
              HttpClient.Redirect.NEVER,
              ChannelHttp.CONNECT_TIMEOUT,
              ChannelHttp.REQUEST_TIMEOUT,
              ChannelHttp.MAX_BODY_BYTES,
              Clock.fixed(NOW, ZoneOffset.UTC)));

  @Test
  void shouldReadMentionsFromNotificationsWithTheBearerToken() throws Exception {
    server.stubFor(
        get(urlPathEqualTo("/api/v1/notifications"))
            .willReturn(json("mastodon-notifications.json")));

    MastodonPoll poll = client.poll(account(true, List.of(), List.of()), MastodonCursor.empty());

    assertThat(poll.posts()).hasSize(2);
    RawPost question = poll.posts().get(0);
    assertThat(question.externalId()).isEqualTo("113500000000000107");
    assertThat(question.author()).isEqualTo("@ana@127.0.0.1");
    assertThat(question.authorFollowers()).isEqualTo(12);
    assertThat(question.text())
        .isEqualTo(
            "Hey @dell my XPS 13 won't wake from sleep & the fan is loud.\n\nAny ideas? #dell\nThanks!");
    assertThat(question.url()).isEqualTo("https://mastodon.example/@ana/113500000000000107");
    assertThat(question.postedAt()).isEqualTo(Instant.parse("2026-11-22T10:15:30Z"));
    assertThat(question.inReplyTo()).isEqualTo("113499999999990000");
    assertThat(question.language()).isEqualTo("en");

    RawPost rant = poll.posts().get(1);
    assertThat(rant.author()).isEqualTo("@jonas@chaos.social");
    assertThat(rant.authorFollowers()).isEqualTo(4821);
    assertThat(rant.text()).isEqualTo("Rant about support\n\nDrei Wochen gewartet.");
    assertThat(rant.language()).isEqualTo("de");

    assertThat(poll.cursor().sinceId("mentions"))
        .as("mentions page by notification id, not status id")
        .isEqualTo("34975861");
    server.verify(
        getRequestedFor(urlPathEqualTo("/api/v1/notifications"))
            .withQueryParam("types[]", equalTo("mention"))
            .withQueryParam("limit", equalTo("40"))
            .withQueryParam("since_id", absent())
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withHeader("User-Agent", equalTo(ChannelHttp.USER_AGENT)));
  }

  @Test
  void shouldLeaveDirectMessagesAndFollowersOnlyPostsOutButMoveTheCursorPastThem()
      throws Exception {
    String status =
        """
        {"id":"%s","created_at":"2026-11-22T10:00:00Z","visibility":"%s","content":"<p>%s</p>",
         "account":{"id":"1","acct":"kim@other.social","followers_count":3}}""";
    server.stubFor(
        get(urlPathEqualTo("/api/v1/notifications"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "[{\"id\":\"903\",\"type\":\"mention\",\"status\":"
                            + status.formatted("503", "direct", "my account number is 1234")
                            + "},{\"id\":\"902\",\"type\":\"mention\",\"status\":"
                            + status.formatted("502", "private", "followers only")
                            + "},{\"id\":\"901\",\"type\":\"mention\",\"status\":"
                            + status.formatted("501", "public", "public question")
                            + "}]")));

    MastodonPoll poll = client.poll(account(true, List.of(), List.of()), MastodonCursor.empty());

    assertThat(poll.posts()).extracting(RawPost::externalId).containsExactly("501");
    assertThat(poll.cursor().sinceId("mentions")).isEqualTo("903");
  }

  @Test
  void shouldSendTheCursorAsSinceIdAndFollowNextLinksUntilReachingIt() throws Exception {
    server.stubFor(
        tagPage()
            .withQueryParam("since_id", equalTo("113500000000000104"))
            .willReturn(
                json("mastodon-tag-page1.json")
                    .withHeader(
                        "Link",
                        "<"
                            + base()
                            + TAG_PATH
                            + "?max_id=113500000000000107>; rel=\"next\", <"
                            + base()
                            + TAG_PATH
                            + "?min_id=113500000000000109>; rel=\"prev\"")));
    server.stubFor(
        tagPage()
            .withQueryParam("max_id", equalTo("113500000000000107"))
            .willReturn(json("mastodon-tag-page2.json")));

    MastodonPoll poll =
        client.poll(
            account(false, List.of("#Dell"), List.of()),
            new MastodonCursor(Map.of("tag:dell", "113500000000000104")));

    assertThat(poll.posts())
        .extracting(RawPost::externalId)
        .containsExactly(
            "113500000000000109",
            "113499999999999001",
            "113500000000000107",
            "113500000000000106",
            "113500000000000105");
    assertThat(poll.cursor().sinceId("tag:dell")).isEqualTo("113500000000000109");
    assertThat(poll.truncatedSources()).isEmpty();
    server.verify(2, getRequestedFor(urlPathEqualTo(TAG_PATH)));
  }

  @Test
  void shouldReadOnlyOnePageOfASourceWithoutCursor() throws Exception {
    server.stubFor(
        tagPage()
            .willReturn(
                json("mastodon-tag-page1.json")
                    .withHeader(
                        "Link",
                        "<" + base() + TAG_PATH + "?max_id=113500000000000107>; rel=\"next\"")));

    MastodonPoll poll = client.poll(account(false, List.of("dell"), List.of()), null);

    assertThat(poll.posts()).hasSize(3);
    assertThat(poll.cursor().sinceId("tag:dell")).isEqualTo("113500000000000109");
    server.verify(1, getRequestedFor(urlPathEqualTo(TAG_PATH)));
    server.verify(getRequestedFor(urlPathEqualTo(TAG_PATH)).withQueryParam("since_id", absent()));
  }

  @Test
  void shouldHandOnTheBoostedStatusInsteadOfTheBoost() throws Exception {
    server.stubFor(tagPage().willReturn(json("mastodon-tag-page1.json")));

    MastodonPoll poll = client.poll(account(false, List.of("dell"), List.of()), null);

    RawPost boosted = poll.posts().get(1);
    assertThat(boosted.externalId()).isEqualTo("113499999999999001");
    assertThat(boosted.author()).isEqualTo("@max@mastodon.online");
    assertThat(boosted.text()).isEqualTo("The new dock works with Linux now");
    assertThat(boosted.postedAt()).isEqualTo(Instant.parse("2026-11-21T08:00:00Z"));
  }

  @Test
  void shouldFilterSearchResultsByIdSinceSearchHasNoSinceId() throws Exception {
    server.stubFor(get(urlPathEqualTo("/api/v2/search")).willReturn(json("mastodon-search.json")));

    MastodonPoll poll =
        client.poll(
            account(false, List.of(), List.of("dell xps")),
            new MastodonCursor(Map.of("search:dell xps", "113500000000000107")));

    assertThat(poll.posts()).extracting(RawPost::externalId).containsExactly("113500000000000120");
    assertThat(poll.cursor().sinceId("search:dell xps")).isEqualTo("113500000000000120");
    server.verify(
        getRequestedFor(urlPathEqualTo("/api/v2/search"))
            .withQueryParam("q", equalTo("dell xps"))
            .withQueryParam("type", equalTo("statuses"))
            .withQueryParam("resolve", equalTo("false"))
            .withQueryParam("limit", equalTo("40"))
            .withQueryParam("since_id", absent()));
  }

  @Test
  void shouldHandOnAStatusFoundByTwoSourcesOnce() throws Exception {
    server.stubFor(
        get(urlPathEqualTo("/api/v1/notifications"))
            .willReturn(json("mastodon-notifications.json")));
    server.stubFor(tagPage().willReturn(json("mastodon-tag-page1.json")));

    MastodonPoll poll = client.poll(account(true, List.of("dell"), List.of()), null);

    assertThat(poll.posts())
        .extracting(RawPost::externalId)
        .containsExactly(
            "113500000000000107", "113500000000000090", "113500000000000109", "113499999999999001");
    assertThat(poll.cursor().sinceIdBySource())
        .containsOnlyKeys("mentions", "tag:dell")
        .containsEntry("tag:dell", "113500000000000109");
  }

  @Test
  void shouldMakeNoFurtherRequestOnceTheRateLimitIsUsedUp() throws Exception {
    server.stubFor(
        get(urlPathEqualTo("/api/v1/notifications"))
            .willReturn(
                json("mastodon-notifications.json")
                    .withHeader("X-RateLimit-Limit", "300")
                    .withHeader("X-RateLimit-Remaining", "0")
                    .withHeader("X-RateLimit-Reset", "2026-11-22T12:05:00.000Z")));
    server.stubFor(tagPage().willReturn(json("mastodon-tag-page1.json")));
    server.stubFor(get(urlPathEqualTo("/api/v2/search")).willReturn(json("mastodon-search.json")));

    MastodonPoll poll =
        client.poll(
            account(true, List.of("dell"), List.of("dell xps")),
            new MastodonCursor(Map.of("tag:dell", "113500000000000001")));

    assertThat(poll.posts()).hasSize(2);
    assertThat(poll.rateLimit())
        .isEqualTo(new RateLimit(300, 0, Instant.parse("2026-11-22T12:05:00Z")));
    assertThat(poll.notBefore()).isEqualTo(Instant.parse("2026-11-22T12:05:00Z"));
    assertThat(poll.cursor().sinceIdBySource())
        .as("sources not read keep their cursor")
        .containsEntry("tag:dell", "113500000000000001")
        .doesNotContainKey("search:dell xps");
    server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/notifications")));
    server.verify(0, getRequestedFor(urlPathEqualTo(TAG_PATH)));
    server.verify(0, getRequestedFor(urlPathEqualTo("/api/v2/search")));
  }

  @Test
  void shouldKeepTheCursorOfASourceTheRateLimitInterrupted() throws Exception {
    server.stubFor(
        tagPage()
            .willReturn(
                json("mastodon-tag-page1.json")
                    .withHeader(
                        "Link",
                        "<" + base() + TAG_PATH + "?max_id=113500000000000107>; rel=\"next\"")
                    .withHeader("X-RateLimit-Limit", "300")
                    .withHeader("X-RateLimit-Remaining", "0")
                    .withHeader("X-RateLimit-Reset", "2026-11-22T12:05:00.000Z")));

    MastodonPoll poll =
        client.poll(
            account(false, List.of("dell"), List.of()),
            new MastodonCursor(Map.of("tag:dell", "113500000000000001")));

    assertThat(poll.posts()).hasSize(3);
    assertThat(poll.cursor().sinceId("tag:dell")).isEqualTo("113500000000000001");
    server.verify(1, getRequestedFor(urlPathEqualTo(TAG_PATH)));
  }

  @Test
  void shouldReadAtMostFivePagesPerSourceAndSaySo() throws Exception {
    server.stubFor(
        tagPage()
            .willReturn(
                json("mastodon-tag-page2.json")
                    .withHeader(
                        "Link",
                        "<" + base() + TAG_PATH + "?max_id=113500000000000104>; rel=\"next\"")));

    MastodonPoll poll =
        client.poll(
            account(false, List.of("dell"), List.of()),
            new MastodonCursor(Map.of("tag:dell", "113500000000000001")));

    assertThat(poll.truncatedSources()).containsExactly("tag:dell");
    assertThat(poll.cursor().sinceId("tag:dell")).isEqualTo("113500000000000106");
    server.verify(MastodonClient.MAX_PAGES, getRequestedFor(urlPathEqualTo(TAG_PATH)));
  }

  @Test
  void shouldNotFollowANextLinkToAnotherServerWithTheToken() throws Exception {
    server.stubFor(
        tagPage()
            .willReturn(
                json("mastodon-tag-page1.json")
                    .withHeader("Link", "<http://127.0.0.2:1/steal?max_id=1>; rel=\"next\"")));

    MastodonPoll poll =
        client.poll(
            account(false, List.of("dell"), List.of()),
            new MastodonCursor(Map.of("tag:dell", "113500000000000001")));

    assertThat(poll.posts()).hasSize(3);
    server.verify(1, getRequestedFor(urlPathEqualTo(TAG_PATH)));
  }

  @Test
  void shouldReportTooManyRequestsAsRetryableAfterTheReset() {
    server.stubFor(
        tagPage()
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("X-RateLimit-Limit", "300")
                    .withHeader("X-RateLimit-Remaining", "0")
                    .withHeader("X-RateLimit-Reset", "2026-11-22T12:05:00.000Z")
                    .withBody("{\"error\":\"Too many requests\"}")));

    ChannelException failure =
        catchThrowableOfType(
            ChannelException.class,
            () -> client.poll(account(false, List.of("dell"), List.of()), null));

    assertThat(failure.reason()).isEqualTo(Reason.RATE_LIMITED);
    assertThat(failure.retryable()).isTrue();
    assertThat(failure.retryAfter()).contains(Instant.parse("2026-11-22T12:05:00Z"));
    assertThat(failure.getMessage()).contains("429 Too Many Requests", "2026-11-22T12:05:00Z");
  }

  @Test
  void shouldAskForTheTokenToBeCheckedWhenTheInstanceRefusesIt() {
    server.stubFor(
        get(urlPathEqualTo("/api/v1/notifications"))
            .willReturn(json("mastodon-error-401.json").withStatus(401)));

    ChannelException failure =
        catchThrowableOfType(
            ChannelException.class, () -> client.poll(account(true, List.of(), List.of()), null));

    assertThat(failure.reason()).isEqualTo(Reason.ACCESS_DENIED);
    assertThat(failure.retryable()).isFalse();
    assertThat(failure.getMessage())
        .isEqualTo(
            "The access token was refused by "
                + base()
                + " (The access token is invalid): check it in the channel settings.");
  }

  @Test
  void shouldPublishAPublicReplyWithTheIdempotencyKey() throws Exception {
    server.stubFor(
        post(urlEqualTo("/api/v1/statuses")).willReturn(json("mastodon-status-created.json")));

    PublishedStatus published =
        client.publish(
            account(true, List.of(), List.of()),
            "113500000000000107",
            "Thanks for telling us, we are on it.",
            "reply-42-attempt");

    assertThat(published)
        .isEqualTo(
            new PublishedStatus(
                "113500000000000200", "https://mastodon.example/@relaytest/113500000000000200"));
    server.verify(
        postRequestedFor(urlEqualTo("/api/v1/statuses"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withHeader("Idempotency-Key", equalTo("reply-42-attempt"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"status": "Thanks for telling us, we are on it.",
                     "in_reply_to_id": "113500000000000107",
                     "visibility": "public"}""")));
  }

  @Test
  void shouldPassOnMastodonsReasonWhenItRefusesAPost() {
    server.stubFor(
        post(urlEqualTo("/api/v1/statuses"))
            .willReturn(json("mastodon-error-422.json").withStatus(422)));

    ChannelException failure =
        catchThrowableOfType(
            ChannelException.class,
            () ->
                client.publish(
                    account(true, List.of(), List.of()), null, "x".repeat(600), "reply-43"));

    assertThat(failure.reason()).isEqualTo(Reason.REJECTED);
    assertThat(failure.retryable()).isFalse();
    assertThat(failure.httpStatus()).hasValue(422);
    assertThat(failure.getMessage())
        .isEqualTo(
            base() + " refused the post: Validation failed: Text character limit of 500 exceeded.");
  }

  @Test
  void shouldNeverShowTheAccessTokenInItsDescription() {
    assertThat(account(true, List.of("dell"), List.of()).toString())
        .doesNotContain(TOKEN)
        .contains("accessToken=***");
  }

  private static MastodonAccount account(
      boolean mentions, List<String> hashtags, List<String> searchTerms) {
    return new MastodonAccount(URI.create(base()), TOKEN, hashtags, searchTerms, mentions);
  }

  private static MappingBuilder tagPage() {
    return get(urlPathEqualTo(TAG_PATH));
  }

  private static ResponseDefinitionBuilder json(String fixture) {
    return aResponse()
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(fixture(fixture));
  }

  private static String base() {
    return "http://127.0.0.1:" + server.getPort();
  }
}
