package org.relay.listening.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relay.listening.channels.ChannelException.Reason;

class FeedReaderTest {

  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
  private static final String RSS = "application/rss+xml";

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
          .build();

  private final FeedReader reader =
      new FeedReader(
          new ChannelHttp(
              HttpClient.Redirect.NORMAL,
              ChannelHttp.CONNECT_TIMEOUT,
              ChannelHttp.REQUEST_TIMEOUT,
              ChannelHttp.MAX_BODY_BYTES,
              Clock.fixed(NOW, ZoneOffset.UTC)));

  @Test
  void shouldReadRss2ItemsIntoPlainTextPosts() throws Exception {
    serve("/feed.xml", RSS, fixture("rss2.xml"));

    FeedFetch fetch = reader.fetch(feedUrl("/feed.xml"), FeedState.initial());

    assertThat(fetch.notModified()).isFalse();
    assertThat(fetch.posts())
        .extracting(RawPost::externalId)
        .containsExactly("https://gazette.example/xps-review", "gazette-1002", "gazette-1003");
    RawPost review = fetch.posts().get(0);
    assertThat(review.author()).isEqualTo("ana@gazette.example (Ana Lima)");
    assertThat(review.text())
        .isEqualTo("Dell XPS review\n\nThe XPS is fast.\n\nBattery & screen are great.");
    assertThat(review.url()).isEqualTo("https://gazette.example/xps-review");
    assertThat(review.postedAt()).isEqualTo(Instant.parse("2026-11-16T09:00:00Z"));
    assertThat(review.language()).isEqualTo("en");
    assertThat(review.authorFollowers()).isNull();
    assertThat(review.inReplyTo()).isNull();

    RawPost story = fetch.posts().get(1);
    assertThat(story.author()).as("an item without author is the feed's").isEqualTo("Tech Gazette");
    assertThat(story.url()).isEqualTo(base() + "/support-story");
    assertThat(fetch.posts().get(2).url()).as("only http and https links").isNull();

    assertThat(fetch.state().newestSeen()).isEqualTo(Instant.parse("2026-11-18T08:00:00Z"));
    assertThat(fetch.state().idsAtNewest()).containsExactly("gazette-1003");
  }

  @Test
  void shouldReadAtomEntriesDatedByPublishedElseUpdated() throws Exception {
    serve("/atom.xml", "application/atom+xml", fixture("atom.xml"));

    FeedFetch fetch = reader.fetch(feedUrl("/atom.xml"), FeedState.initial());

    assertThat(fetch.posts()).hasSize(2);
    RawPost onlyUpdated = fetch.posts().get(0);
    assertThat(onlyUpdated.externalId()).isEqualTo("urn:uuid:6a1c0b5e-entry-2");
    assertThat(onlyUpdated.postedAt()).isEqualTo(Instant.parse("2026-11-19T08:00:00Z"));
    assertThat(onlyUpdated.author()).isEqualTo("Dell Community Blog");
    assertThat(onlyUpdated.text()).isEqualTo("Only updated\n\nPlain text: a < b and b > c");

    RawPost firmware = fetch.posts().get(1);
    assertThat(firmware.externalId()).isEqualTo("urn:uuid:6a1c0b5e-entry-1");
    assertThat(firmware.postedAt()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
    assertThat(firmware.author()).isEqualTo("Jonas Weber");
    assertThat(firmware.url()).isEqualTo("https://blog.example/firmware-1-2");
    assertThat(firmware.language()).isEqualTo("de");
    assertThat(firmware.text())
        .isEqualTo("Firmware 1.2 released & tested\n\nFull text\nsecond line\n\nNext paragraph");
  }

  @Test
  void shouldAskConditionallyAndHandOnNothingWhenTheFeedIsNotModified() throws Exception {
    String lastModified = "Wed, 18 Nov 2026 08:00:00 GMT";
    server.stubFor(
        get(urlEqualTo("/feed.xml"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", RSS)
                    .withHeader("ETag", "\"v1\"")
                    .withHeader("Last-Modified", lastModified)
                    .withBody(fixture("rss2.xml"))));
    server.stubFor(
        get(urlEqualTo("/feed.xml"))
            .atPriority(1)
            .withHeader("If-None-Match", equalTo("\"v1\""))
            .willReturn(aResponse().withStatus(304)));

    FeedFetch first = reader.fetch(feedUrl("/feed.xml"), FeedState.initial());
    FeedFetch second = reader.fetch(feedUrl("/feed.xml"), first.state());

    assertThat(first.state().etag()).isEqualTo("\"v1\"");
    assertThat(first.state().lastModified()).isEqualTo(lastModified);
    assertThat(second.notModified()).isTrue();
    assertThat(second.posts()).isEmpty();
    assertThat(second.state()).isEqualTo(first.state());
    server.verify(
        getRequestedFor(urlEqualTo("/feed.xml"))
            .withHeader("If-None-Match", equalTo("\"v1\""))
            .withHeader("If-Modified-Since", equalTo(lastModified))
            .withHeader("User-Agent", equalTo("Relay/0.1 (+https://github.com/relay)")));
  }

  @Test
  void shouldHandOnOnlyEntriesNewerThanTheStateOrUnseenAtTheNewestDate() throws Exception {
    serve("/feed.xml", RSS, fixture("rss2.xml"));
    FeedState afterFirst = reader.fetch(feedUrl("/feed.xml"), FeedState.initial()).state();

    serve("/feed.xml", RSS, fixture("rss2-later.xml"));
    FeedFetch second = reader.fetch(feedUrl("/feed.xml"), afterFirst);

    assertThat(second.posts())
        .extracting(RawPost::externalId)
        .containsExactly("gazette-1005", "gazette-1004");
    assertThat(second.state().newestSeen()).isEqualTo(Instant.parse("2026-11-19T07:00:00Z"));
    assertThat(second.state().idsAtNewest()).containsExactly("gazette-1004");
  }

  @Test
  void shouldNotHandOnUndatedEntriesTwice() throws Exception {
    String undated =
        """
        <rss version="2.0"><channel><title>Undated</title><link>https://u.example/</link>
        <description>d</description>
        <item><title>No date</title><link>https://u.example/1</link></item>
        </channel></rss>""";
    serve("/undated.xml", RSS, undated);

    FeedFetch first = reader.fetch(feedUrl("/undated.xml"), FeedState.initial());
    FeedFetch second = reader.fetch(feedUrl("/undated.xml"), first.state());

    assertThat(first.posts())
        .singleElement()
        .satisfies(p -> assertThat(p.postedAt()).isEqualTo(NOW));
    assertThat(first.posts().get(0).externalId()).isEqualTo("https://u.example/1");
    assertThat(second.posts()).isEmpty();
  }

  @Test
  void shouldExplainThatMalformedXmlIsNotAFeed() {
    serve("/broken.xml", RSS, fixture("malformed.xml"));

    ChannelException failure = fetchFailure("/broken.xml");

    assertThat(failure.reason()).isEqualTo(Reason.INVALID_CONTENT);
    assertThat(failure.retryable()).isFalse();
    assertThat(failure.getMessage())
        .startsWith(base() + "/broken.xml is not an RSS or Atom feed: the XML is malformed")
        .contains("item");
  }

  @Test
  void shouldNameTheFeedAWebPageLinksTo() {
    serve("/", "text/html; charset=utf-8", fixture("not-a-feed.html"));

    ChannelException failure = fetchFailure("/");

    assertThat(failure.reason()).isEqualTo(Reason.INVALID_CONTENT);
    assertThat(failure.getMessage())
        .isEqualTo(
            base()
                + "/ is not an RSS or Atom feed: it is a web page. The page names its feed at "
                + base()
                + "/feeds/gazette.rss; enter that address in the channel settings.");
  }

  @Test
  void shouldCapAHugeEntryAtTenThousandCharacters() throws Exception {
    String huge =
        "<rss version=\"2.0\"><channel><title>Big</title><link>https://b.example/</link>"
            + "<description>d</description><item><title>Long read</title><guid>big-1</guid>"
            + "<description>"
            + "&lt;p&gt;"
            + "word ".repeat(40_000)
            + "&lt;/p&gt;"
            + "</description></item></channel></rss>";
    serve("/big.xml", RSS, huge);

    RawPost post = reader.fetch(feedUrl("/big.xml"), FeedState.initial()).posts().get(0);

    assertThat(post.text())
        .hasSize(PlainText.MAX_CHARS)
        .startsWith("Long read\n\nword")
        .endsWith("…");
  }

  @Test
  void shouldDropScriptsStylesAndFramesAndDecodeEntities() throws Exception {
    serve("/scripted.xml", RSS, fixture("scripted.xml"));

    RawPost post = reader.fetch(feedUrl("/scripted.xml"), FeedState.initial()).posts().get(0);

    assertThat(post.text()).isEqualTo("Café review\n\nCafé & crème <3 😀\n\nSecond para");
    assertThat(post.text()).doesNotContain("stolen", "color", "evil", "javascript", "frame");
  }

  @Test
  void shouldDecodeAnIso88591FeedByItsXmlDeclaration() throws Exception {
    server.stubFor(
        get(urlEqualTo("/latin1.xml"))
            .willReturn(
                aResponse().withHeader("Content-Type", RSS).withBody(fixtureBytes("latin1.xml"))));

    RawPost post = reader.fetch(feedUrl("/latin1.xml"), FeedState.initial()).posts().get(0);

    assertThat(post.text())
        .isEqualTo("Größere Bildschirme für Ärzte\n\nÜbergrößen und Maße im Überblick.");
    assertThat(post.language()).isEqualTo("de");
  }

  @Test
  void shouldKeepEmojiIntact() throws Exception {
    serve("/emoji.xml", RSS + "; charset=utf-8", fixture("emoji.xml"));

    RawPost post = reader.fetch(feedUrl("/emoji.xml"), FeedState.initial()).posts().get(0);

    assertThat(post.text()).isEqualTo("Love my new XPS 😍🔥\n\nFamily 👨‍👩‍👧 approved 👍🏽");
  }

  @Test
  void shouldReportServiceUnavailableAsRetryableAfterTheTimeTheFeedAsksFor() {
    server.stubFor(
        get(urlEqualTo("/feed.xml"))
            .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "120")));

    ChannelException failure = fetchFailure("/feed.xml");

    assertThat(failure.reason()).isEqualTo(Reason.UNAVAILABLE);
    assertThat(failure.retryable()).isTrue();
    assertThat(failure.retryAfter()).contains(NOW.plusSeconds(120));
    assertThat(failure.httpStatus()).hasValue(503);
    assertThat(failure.getMessage())
        .isEqualTo(
            "The feed at "
                + base()
                + "/feed.xml answered 503 Service Unavailable; Relay will try again later.");
  }

  @Test
  void shouldReadRetryAfterGivenAsAnHttpDateOnTooManyRequests() {
    server.stubFor(
        get(urlEqualTo("/feed.xml"))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "Sun, 22 Nov 2026 13:30:00 GMT")));

    ChannelException failure = fetchFailure("/feed.xml");

    assertThat(failure.reason()).isEqualTo(Reason.RATE_LIMITED);
    assertThat(failure.retryAfter()).contains(Instant.parse("2026-11-22T13:30:00Z"));
  }

  @Test
  void shouldTellThePersonToCheckTheAddressWhenTheFeedIsGone() {
    server.stubFor(get(urlEqualTo("/gone.xml")).willReturn(aResponse().withStatus(404)));

    ChannelException failure = fetchFailure("/gone.xml");

    assertThat(failure.reason()).isEqualTo(Reason.NOT_FOUND);
    assertThat(failure.retryable()).isFalse();
    assertThat(failure.getMessage())
        .endsWith("answered 404 Not Found: check the address in the channel settings.");
  }

  @Test
  void shouldRefuseADoctypeSoThatNoExternalEntityIsRead() {
    serve("/sneaky.xml", RSS, fixture("doctype-entity.xml"));

    ChannelException failure = fetchFailure("/sneaky.xml");

    assertThat(failure.reason()).isEqualTo(Reason.INVALID_CONTENT);
    assertThat(failure.getMessage())
        .endsWith(
            "is not an RSS or Atom feed: it declares a DOCTYPE, which Relay refuses for safety.");
  }

  @Test
  void shouldGiveUpOnAnAnswerLargerThanFiveMegabytes() {
    serve("/flood.xml", RSS, "<rss>" + "x".repeat(ChannelHttp.MAX_BODY_BYTES) + "</rss>");

    ChannelException failure = fetchFailure("/flood.xml");

    assertThat(failure.reason()).isEqualTo(Reason.INVALID_CONTENT);
    assertThat(failure.getMessage())
        .isEqualTo(
            "The feed at "
                + base()
                + "/flood.xml sent more than 5 MB, more than Relay reads from one answer.");
  }

  @Test
  void shouldGiveUpWhenTheFeedDoesNotAnswerInTime() {
    server.stubFor(
        get(urlEqualTo("/slow.xml"))
            .willReturn(aResponse().withFixedDelay(2_000).withBody(fixture("rss2.xml"))));
    FeedReader impatient =
        new FeedReader(
            new ChannelHttp(
                HttpClient.Redirect.NORMAL,
                ChannelHttp.CONNECT_TIMEOUT,
                Duration.ofMillis(200),
                ChannelHttp.MAX_BODY_BYTES,
                Clock.systemUTC()));

    ChannelException failure =
        catchThrowableOfType(
            ChannelException.class,
            () -> impatient.fetch(feedUrl("/slow.xml"), FeedState.initial()));

    assertThat(failure.reason()).isEqualTo(Reason.UNREACHABLE);
    assertThat(failure.retryable()).isTrue();
    assertThat(failure.getMessage()).contains("/slow.xml did not answer within 200 milliseconds");
  }

  @Test
  void shouldRejectAnAddressThatIsNotHttp() {
    assertThatThrownBy(() -> reader.fetch(URI.create("file:///etc/passwd"), FeedState.initial()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("http or https");
  }

  @Test
  void shouldKeepFeedStateImmutable() {
    var ids = new HashSet<>(Set.of("a"));
    FeedState state = new FeedState(null, null, NOW, ids);
    ids.add("b");

    assertThat(state.idsAtNewest()).containsExactly("a");
  }

  private ChannelException fetchFailure(String path) {
    return catchThrowableOfType(
        ChannelException.class, () -> reader.fetch(feedUrl(path), FeedState.initial()));
  }

  private static void serve(String path, String contentType, String body) {
    server.stubFor(
        get(urlEqualTo(path))
            .willReturn(aResponse().withHeader("Content-Type", contentType).withBody(body)));
  }

  private static URI feedUrl(String path) {
    return URI.create(base() + path);
  }

  /** The fake's address by IP: "localhost" might resolve to ::1, where it does not listen. */
  private static String base() {
    return "http://127.0.0.1:" + server.getPort();
  }

  static String fixture(String name) {
    return new String(fixtureBytes(name), StandardCharsets.UTF_8);
  }

  static byte[] fixtureBytes(String name) {
    try (InputStream in = FeedReaderTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("No test fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
