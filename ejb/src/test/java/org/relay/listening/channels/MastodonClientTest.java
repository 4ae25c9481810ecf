package org.relay.listening.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
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
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relay.listening.channels.ChannelException.Reason;
import org.relay.listening.channels.MastodonCursor.OwnAccount;

class MastodonClientTest {

  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
  private static final String TOKEN = "s3cr3t-token";
  private static final String TAG_PATH = "/api/v1/timelines/tag/dell";
  private static final String OWN_ID = "109000000000000009";
  private static final FakeMastodonTimeline TIMELINE = new FakeMastodonTimeline();

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(TIMELINE))
          .build();

  private final MastodonClient client =
      new MastodonClient(
          new ChannelHttp(
              HttpClient.Redirect.NEVER,
              ChannelHttp.CONNECT_TIMEOUT,
              ChannelHttp.REQUEST_TIMEOUT,
              ChannelHttp.MAX_BODY_BYTES,
              Clock.fixed(NOW, ZoneOffset.UTC)));

  @BeforeEach
  void theTokenBelongsToTheCompanyAccount() {
    TIMELINE.reset();
    server.stubFor(verifyCredentials().willReturn(json("mastodon-verify-credentials.json")));
  }

  // Reading

  @Test
  void shouldReadMentionsFromNotificationsWithTheBearerTokenOldestFirst() throws Exception {
    server.stubFor(
        get(urlPathEqualTo("/api/v1/notifications"))
            .willReturn(json("mastodon-notifications.json")));

    MastodonPoll poll = client.poll(account(true, List.of(), List.of()), MastodonCursor.empty());

    assertThat(poll.posts()).hasSize(2);
    RawPost rant = poll.posts().get(0);
    assertThat(rant.author()).isEqualTo("@jonas@chaos.social");
    assertThat(rant.authorFollowers()).isEqualTo(4821);
    assertThat(rant.text()).isEqualTo("Rant about support\n\nDrei Wochen gewartet.");
    assertThat(rant.language()).isEqualTo("de");

    RawPost question = poll.posts().get(1);
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

    assertThat(poll.cursor().readUpTo("mentions"))
        .as("mentions page by notification id, not status id")
        .isEqualTo("34975861");
    assertThat(poll.behind()).isFalse();
    server.verify(
        getRequestedFor(urlPathEqualTo("/api/v1/notifications"))
            .withQueryParam("types[]", equalTo("mention"))
            .withQueryParam("limit", equalTo("40"))
            .withQueryParam("min_id", absent())
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
    assertThat(poll.cursor().readUpTo("mentions")).isEqualTo("903");
  }

  @Test
  void shouldAskForTheStatusesRightAfterTheCursorAndHandThemOnOldestFirst() throws Exception {
    server.stubFor(
        tagPage()
            .withQueryParam("min_id", equalTo("113500000000000104"))
            .willReturn(json("mastodon-tag-page1.json")));

    MastodonPoll poll =
        client.poll(
            account(false, List.of("#Dell"), List.of()), cursor("tag:dell", "113500000000000104"));

    assertThat(poll.posts())
        .extracting(RawPost::externalId)
        .as("by timeline id: the boost (…108) of an older status comes between")
        .containsExactly("113500000000000107", "113499999999999001", "113500000000000109");
    assertThat(poll.cursor().readUpTo("tag:dell")).isEqualTo("113500000000000109");
    assertThat(poll.behind()).as("a page shorter than asked is the last").isFalse();
    server.verify(
        1,
        getRequestedFor(urlPathEqualTo(TAG_PATH))
            .withQueryParam("limit", equalTo("40"))
            .withQueryParam("since_id", absent()));
  }

  @Test
  void shouldReadOnlyTheNewestPageOfASourceNeverReadBefore() throws Exception {
    server.stubFor(
        tagPage()
            .willReturn(
                json("mastodon-tag-page1.json")
                    .withHeader(
                        "Link",
                        "<" + base() + TAG_PATH + "?max_id=113500000000000107>; rel=\"next\"")));

    MastodonPoll poll = client.poll(account(false, List.of("dell"), List.of()), null);

    assertThat(poll.posts()).hasSize(3);
    assertThat(poll.cursor().readUpTo("tag:dell")).isEqualTo("113500000000000109");
    server.verify(1, getRequestedFor(urlPathEqualTo(TAG_PATH)));
    server.verify(
        getRequestedFor(urlPathEqualTo(TAG_PATH))
            .withQueryParam("min_id", absent())
            .withQueryParam("since_id", absent()));
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
  void shouldHandOnOnlySearchResultsNewerThanTheCursor() throws Exception {
    server.stubFor(get(urlPathEqualTo("/api/v2/search")).willReturn(json("mastodon-search.json")));

    MastodonPoll poll =
        client.poll(
            account(false, List.of(), List.of("dell xps")),
            cursor("search:dell xps", "113500000000000107"));

    assertThat(poll.posts()).extracting(RawPost::externalId).containsExactly("113500000000000120");
    assertThat(poll.cursor().readUpTo("search:dell xps")).isEqualTo("113500000000000120");
    assertThat(poll.cursor().gap("search:dell xps")).isEmpty();
    server.verify(
        1,
        getRequestedFor(urlPathEqualTo("/api/v2/search"))
            .withQueryParam("q", equalTo("dell xps"))
            .withQueryParam("type", equalTo("statuses"))
            .withQueryParam("resolve", equalTo("false"))
            .withQueryParam("limit", equalTo("40"))
            .withQueryParam("offset", absent()));
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
            "113500000000000090", "113500000000000107", "113499999999999001", "113500000000000109");
    assertThat(poll.cursor().readUpTo())
        .containsOnlyKeys("mentions", "tag:dell")
        .containsEntry("tag:dell", "113500000000000109");
  }

  // The account's own statuses

  @Test
  void shouldNeverHandOnTheAccountsOwnStatusesFromItsHashtagsButKeepThoseMentioningIt()
      throws Exception {
    server.stubFor(tagPage().willReturn(json("mastodon-tag-own.json")));

    MastodonPoll poll =
        client.poll(
            account(false, List.of("dell"), List.of()), cursor("tag:dell", "113500000000000300"));

    assertThat(poll.posts())
        .extracting(RawPost::externalId)
        .as("not its reply (…305), its announcement (…301) nor a boost of it (…304)")
        .containsExactly("113500000000000302", "113500000000000303");
    assertThat(poll.posts())
        .extracting(RawPost::author)
        .containsExactly("@relaytest@other.social", "@ana@127.0.0.1");
    assertThat(poll.posts().get(1).text()).startsWith("@relaytest does the #dell dock");
    assertThat(poll.cursor().readUpTo("tag:dell"))
        .as("the cursor moves past the own statuses")
        .isEqualTo("113500000000000305");
  }

  @Test
  void shouldNeverHandOnTheAccountsOwnStatusesFromItsSearches() throws Exception {
    server.stubFor(
        get(urlPathEqualTo("/api/v2/search"))
            .withQueryParam("offset", absent())
            .willReturn(json("mastodon-search-own.json")));
    server.stubFor(
        get(urlPathEqualTo("/api/v2/search"))
            .withQueryParam("offset", equalTo("39"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"accounts\":[],\"statuses\":[],\"hashtags\":[]}")));

    MastodonPoll poll =
        client.poll(
            account(false, List.of(), List.of("dock")),
            cursor("search:dock", "113500000000000300"));

    assertThat(poll.posts()).extracting(RawPost::externalId).containsExactly("113500000000000303");
    assertThat(poll.cursor().readUpTo("search:dock")).isEqualTo("113500000000000305");
    assertThat(poll.behind()).as("an empty page ends the results").isFalse();
  }

  @Test
  void shouldAskWhoseAccountTheTokenIsOnceAndKeepTheAnswerInTheCursor() throws Exception {
    server.stubFor(tagPage().willReturn(json("mastodon-tag-own.json")));
    MastodonAccount account = account(false, List.of("dell"), List.of());

    MastodonPoll first = client.poll(account, MastodonCursor.empty());
    MastodonPoll second = client.poll(account, MastodonCursor.fromJson(first.cursor().toJson()));

    assertThat(first.cursor().account())
        .extracting(OwnAccount::instance, OwnAccount::id, OwnAccount::acct)
        .containsExactly("127.0.0.1", OWN_ID, "relaytest");
    assertThat(second.cursor().account()).isEqualTo(first.cursor().account());
    assertThat(first.cursor().toJson()).doesNotContain(TOKEN);
    server.verify(
        1,
        getRequestedFor(urlEqualTo(MastodonClient.VERIFY_CREDENTIALS))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    server.verify(2, getRequestedFor(urlPathEqualTo(TAG_PATH)));
  }

  @Test
  void shouldAskAgainForANewTokenAndKeepReadingWhereTheSameAccountStopped() throws Exception {
    server.stubFor(tagPage().willReturn(json("mastodon-tag-own.json")));
    MastodonCursor before =
        client.poll(account(false, List.of("dell"), List.of()), MastodonCursor.empty()).cursor();

    MastodonPoll after =
        client.poll(
            new MastodonAccount(
                URI.create(base()), "rotated-token", List.of("dell"), List.of(), false),
            before);

    server.verify(2, getRequestedFor(urlEqualTo(MastodonClient.VERIFY_CREDENTIALS)));
    server.verify(
        getRequestedFor(urlEqualTo(MastodonClient.VERIFY_CREDENTIALS))
            .withHeader("Authorization", equalTo("Bearer rotated-token")));
    server.verify(
        getRequestedFor(urlPathEqualTo(TAG_PATH))
            .withQueryParam("min_id", equalTo("113500000000000305")));
    assertThat(after.cursor().account().id()).isEqualTo(OWN_ID);
    assertThat(after.cursor().account().tokenDigest()).isNotEqualTo(before.account().tokenDigest());
  }

  @Test
  void shouldStartAfreshForAnotherAccountOrAnotherInstance() throws Exception {
    server.stubFor(tagPage().willReturn(json("mastodon-tag-own.json")));
    MastodonCursor read =
        client.poll(account(false, List.of("dell"), List.of()), MastodonCursor.empty()).cursor();
    server.stubFor(
        verifyCredentials()
            .withHeader("Authorization", equalTo("Bearer other-account-token"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"id\":\"109000000000000077\",\"username\":\"press\",\"acct\":\"press\"}")));

    MastodonPoll otherAccount =
        client.poll(
            new MastodonAccount(
                URI.create(base()), "other-account-token", List.of("dell"), List.of(), false),
            read);
    MastodonPoll otherInstance =
        client.poll(
            new MastodonAccount(
                URI.create("http://localhost:" + server.getPort()),
                TOKEN,
                List.of("dell"),
                List.of(),
                false),
            read);

    assertThat(otherAccount.cursor().account().acct()).isEqualTo("press");
    assertThat(otherInstance.cursor().account().instance()).isEqualTo("localhost");
    List<LoggedRequest> tagRequests = server.findAll(getRequestedFor(urlPathEqualTo(TAG_PATH)));
    assertThat(tagRequests).hasSize(3);
    assertThat(tagRequests.subList(1, 3))
        .as("positions of another account or instance mean nothing: the newest page only")
        .allSatisfy(request -> assertThat(request.queryParameter("min_id").isPresent()).isFalse());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          401 | application/json | {"error":"The access token is invalid"}            | ACCESS_DENIED   | The access token was refused by
          403 | application/json | {"error":"Your login is currently disabled"}       | ACCESS_DENIED   | Your login is currently disabled
          422 | application/json | {"error":"This method requires an authenticated user"} | REJECTED    | This method requires an authenticated user
          503 | text/html        | <html>Down for maintenance</html>                  | UNAVAILABLE     | 503 Service Unavailable; Relay will try again later
          200 | text/html        | <html><body>Welcome</body></html>                  | INVALID_CONTENT | did not answer with the JSON Mastodon sends
          200 | application/json | {"username":"relaytest"}                           | INVALID_CONTENT | answered without the account's id and handle
          """)
  void shouldFailThePollWithAClearErrorWhenTheAccountCannotBeLearnt(
      int status, String contentType, String body, Reason reason, String says) {
    server.stubFor(
        verifyCredentials()
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", contentType)
                    .withBody(body)));
    server.stubFor(tagPage().willReturn(json("mastodon-tag-own.json")));

    ChannelException failure =
        catchThrowableOfType(
            ChannelException.class,
            () ->
                client.poll(
                    account(false, List.of("dell"), List.of()),
                    cursor("tag:dell", "113500000000000300")));

    assertThat(failure.reason()).isEqualTo(reason);
    assertThat(failure.retryable()).isEqualTo(status == 503);
    assertThat(failure.getMessage())
        .startsWith(
            "Relay could not learn the channel's own account (GET /api/v1/accounts/verify_credentials): ")
        .contains(says);
    server.verify(0, getRequestedFor(urlPathEqualTo(TAG_PATH)));
  }

  // Busy sources

  @Test
  void shouldReadABusyHashtagCompletelyOldestFirstAcrossPolls() throws Exception {
    String before = TIMELINE.post(30).get(29);
    List<String> burst = TIMELINE.post(450);
    server.stubFor(tagPage().willReturn(aResponse().withTransformers(FakeMastodonTimeline.NAME)));
    MastodonAccount account = account(false, List.of("dell"), List.of());

    MastodonPoll first = client.poll(account, cursor("tag:dell", before));
    List<String> later = TIMELINE.post(25);
    MastodonPoll second = client.poll(account, first.cursor());
    MastodonPoll third = client.poll(account, second.cursor());

    assertThat(ids(first)).containsExactlyElementsOf(burst.subList(0, 200));
    assertThat(first.behindSources()).containsExactly("tag:dell");
    assertThat(first.cursor().readUpTo("tag:dell")).isEqualTo(burst.get(199));
    assertThat(ids(second)).containsExactlyElementsOf(burst.subList(200, 400));
    List<String> rest = new ArrayList<>(burst.subList(400, 450));
    rest.addAll(later);
    assertThat(ids(third)).containsExactlyElementsOf(rest);
    assertThat(third.behind()).isFalse();
    assertThat(third.cursor().readUpTo("tag:dell")).isEqualTo(later.get(24));
    server.verify(
        MastodonClient.MAX_PAGES * 2 + 2,
        getRequestedFor(urlPathEqualTo(TAG_PATH)).withQueryParam("limit", equalTo("40")));
  }

  @Test
  void shouldGoOnExactlyWhereTheRateLimitStoppedAHashtag() throws Exception {
    String before = TIMELINE.post(1).get(0);
    List<String> burst = TIMELINE.post(450);
    server.stubFor(tagPage().willReturn(aResponse().withTransformers(FakeMastodonTimeline.NAME)));
    MastodonAccount account = account(false, List.of("dell"), List.of());
    // A tenth of the limit is left to replies: three more requests stop the poll.
    TIMELINE.remaining(FakeMastodonTimeline.RATE_LIMIT / 10 + 3);

    MastodonPoll stopped = client.poll(account, cursor("tag:dell", before));

    assertThat(ids(stopped)).containsExactlyElementsOf(burst.subList(0, 120));
    assertThat(stopped.notBefore()).isEqualTo(FakeMastodonTimeline.RESET);
    assertThat(stopped.rateLimit().remaining()).isEqualTo(FakeMastodonTimeline.RATE_LIMIT / 10);
    assertThat(stopped.cursor().readUpTo("tag:dell")).isEqualTo(burst.get(119));
    assertThat(stopped.behindSources()).containsExactly("tag:dell");

    TIMELINE.remaining(FakeMastodonTimeline.RATE_LIMIT);
    List<String> all = new ArrayList<>(ids(stopped));
    MastodonCursor cursor = stopped.cursor();
    for (int poll = 0; poll < 3; poll++) {
      MastodonPoll next = client.poll(account, cursor);
      all.addAll(ids(next));
      cursor = next.cursor();
    }
    assertThat(all).as("every status once, oldest first").containsExactlyElementsOf(burst);
    assertThat(cursor.readUpTo("tag:dell")).isEqualTo(burst.get(449));
  }

  @Test
  void shouldBuildEveryPageFromTheInstancesAddressAndNeverFollowLinksElsewhere() throws Exception {
    String before = TIMELINE.post(1).get(0);
    List<String> burst = TIMELINE.post(60);
    TIMELINE.linkTo("http://127.0.0.2:1");
    server.stubFor(tagPage().willReturn(aResponse().withTransformers(FakeMastodonTimeline.NAME)));

    MastodonPoll poll =
        client.poll(account(false, List.of("dell"), List.of()), cursor("tag:dell", before));

    assertThat(ids(poll)).containsExactlyElementsOf(burst);
    server.verify(
        getRequestedFor(urlPathEqualTo(TAG_PATH)).withQueryParam("min_id", equalTo(burst.get(39))));
    assertThat(TIMELINE.served()).isEqualTo(2);
  }

  @Test
  void shouldReadABusySearchCompletelyAcrossPollsWhateverIsPostedOrDeletedMeanwhile()
      throws Exception {
    String before = TIMELINE.post(10).get(9);
    List<String> burst = TIMELINE.post(450);
    MastodonAccount account = searchingTheTimelineFor("dock");

    MastodonPoll first = client.poll(account, cursor("search:dock", before));
    List<String> posted = TIMELINE.post(70);
    // Deleted above where the first poll stopped: what is still unread moves up.
    TIMELINE.delete(burst.get(400));
    TIMELINE.delete(burst.get(300));
    TIMELINE.delete(burst.get(260));
    List<MastodonPoll> polls = new ArrayList<>(List.of(first));
    MastodonCursor cursor = first.cursor();
    for (int poll = 0; poll < 4 && polls.get(polls.size() - 1).behind(); poll++) {
      MastodonPoll next = client.poll(account, cursor);
      polls.add(next);
      cursor = next.cursor();
    }

    assertThat(ids(first))
        .as("search pages from the newest down")
        .containsExactlyElementsOf(burst.subList(250 + SEARCH_OVERLAPS, 450));
    assertThat(first.cursor().gap("search:dock")).isPresent();
    assertThat(polls.get(polls.size() - 1).behind()).isFalse();
    List<String> all = polls.stream().flatMap(poll -> ids(poll).stream()).toList();
    List<String> expected = new ArrayList<>(burst);
    expected.addAll(posted);
    assertThat(all).as("every result once").doesNotHaveDuplicates();
    assertThat(all).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(polls)
        .allSatisfy(
            poll ->
                assertThat(ids(poll))
                    .as("oldest first")
                    .isSortedAccordingTo(MastodonClient.ID_ORDER));
    assertThat(cursor.readUpTo("search:dock")).isEqualTo(posted.get(69));
    assertThat(cursor.gap("search:dock")).isEmpty();
  }

  @Test
  void shouldGoOnWithASearchWhereItStoppedEvenWhenResultsAboveWereDeleted() throws Exception {
    String before = TIMELINE.post(10).get(9);
    List<String> burst = TIMELINE.post(300);
    MastodonAccount account = searchingTheTimelineFor("dock");
    MastodonPoll first = client.poll(account, cursor("search:dock", before));
    // Fifty of the results read are deleted: the unread ones move up by fifty.
    burst.subList(200, 250).forEach(TIMELINE::delete);

    MastodonPoll second = client.poll(account, first.cursor());
    MastodonPoll third = client.poll(account, second.cursor());

    server.verify(
        getRequestedFor(urlPathEqualTo("/api/v2/search"))
            .withQueryParam("offset", equalTo(String.valueOf(195 - 1 - 2 * 40))));
    List<String> all = new ArrayList<>(ids(first));
    all.addAll(ids(second));
    all.addAll(ids(third));
    assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(burst);
    assertThat(second.behind()).as("two of its pages went to finding its place again").isTrue();
    assertThat(third.behind()).isFalse();
    assertThat(third.cursor().readUpTo("search:dock")).isEqualTo(burst.get(299));
    assertThat(third.cursor().gap("search:dock")).isEmpty();
  }

  /** Results the first poll re-reads where its pages overlap, four times over five pages. */
  private static final int SEARCH_OVERLAPS =
      (MastodonClient.MAX_PAGES - 1) * MastodonClient.SEARCH_OVERLAP;

  // Refusals

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
            cursor("tag:dell", "113500000000000001"));

    assertThat(poll.posts()).hasSize(2);
    assertThat(poll.rateLimit())
        .isEqualTo(new RateLimit(300, 0, Instant.parse("2026-11-22T12:05:00Z")));
    assertThat(poll.notBefore()).isEqualTo(Instant.parse("2026-11-22T12:05:00Z"));
    assertThat(poll.cursor().readUpTo())
        .as("sources not read keep their cursor")
        .containsEntry("tag:dell", "113500000000000001")
        .doesNotContainKey("search:dell xps");
    assertThat(poll.behindSources()).containsExactlyInAnyOrder("tag:dell", "search:dell xps");
    server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/notifications")));
    server.verify(0, getRequestedFor(urlPathEqualTo(TAG_PATH)));
    server.verify(0, getRequestedFor(urlPathEqualTo("/api/v2/search")));
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

  // Publishing

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
    server.verify(0, anyRequestedFor(urlEqualTo(MastodonClient.VERIFY_CREDENTIALS)));
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
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  /** An account that searches for the term, against the fake timeline's search. */
  private MastodonAccount searchingTheTimelineFor(String term) {
    server.stubFor(
        get(urlPathEqualTo("/api/v2/search"))
            .willReturn(aResponse().withTransformers(FakeMastodonTimeline.NAME)));
    return account(false, List.of(), List.of(term));
  }

  private static MastodonAccount account(
      boolean mentions, List<String> hashtags, List<String> searchTerms) {
    return new MastodonAccount(URI.create(base()), TOKEN, hashtags, searchTerms, mentions);
  }

  /** A cursor of this account with one source read up to {@code id}. */
  private static MastodonCursor cursor(String source, String id) {
    return new MastodonCursor(null, Map.of(source, id), Map.of());
  }

  private static List<String> ids(MastodonPoll poll) {
    return poll.posts().stream().map(RawPost::externalId).toList();
  }

  private static MappingBuilder verifyCredentials() {
    return get(urlEqualTo(MastodonClient.VERIFY_CREDENTIALS));
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
