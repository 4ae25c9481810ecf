package org.relay.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relay.listening.channels.ChannelException;
import org.relay.listening.channels.FeedFetch;
import org.relay.listening.channels.FeedReader;
import org.relay.listening.channels.FeedState;
import org.relay.listening.channels.MastodonAccount;
import org.relay.listening.channels.MastodonClient;
import org.relay.listening.channels.MastodonCursor;
import org.relay.listening.channels.MastodonPoll;
import org.relay.listening.channels.PublishedStatus;
import org.relay.listening.channels.RawPost;

/**
 * The demo's fake social web read by Relay's own connectors. The clock is moved by hand, so no test
 * waits for a post to appear.
 */
class DemoSourcesTest {

  private final ManualClock clock = new ManualClock(Instant.parse("2026-11-22T12:00:10Z"));
  private final HttpClient http = HttpClient.newHttpClient();
  private final MastodonClient mastodon = new MastodonClient();
  private DemoSources sources;

  @BeforeEach
  void start() throws Exception {
    sources = DemoSources.start(0, clock);
  }

  @AfterEach
  void stop() {
    sources.close();
  }

  @Test
  void shouldServeAnRssFeedThatRomeReads() throws Exception {
    HttpResponse<byte[]> answer = get(sources.feedUrl(), null, null);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/rss+xml");
    SyndFeed feed =
        new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(answer.body())));
    assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
    assertThat(feed.getEntries()).hasSize(FakeForum.SHOWN);
    assertThat(feed.getEntries()).extracting(SyndEntry::getUri).doesNotHaveDuplicates();
    SyndEntry newest = feed.getEntries().get(0);
    assertThat(newest.getTitle()).isNotBlank();
    assertThat(newest.getAuthor()).isNotBlank();
    assertThat(newest.getDescription().getValue()).startsWith("<p>");
    assertThat(newest.getPublishedDate().toInstant())
        .isBeforeOrEqualTo(clock.instant())
        .isAfter(clock.instant().minus(FakeForum.EVERY));
  }

  @Test
  void shouldAnswerNotModifiedUntilTheNextPostAppears() throws Exception {
    HttpResponse<byte[]> first = get(sources.feedUrl(), null, null);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(first.headers().firstValue("Last-Modified")).isPresent();

    assertThat(get(sources.feedUrl(), "If-None-Match", etag).statusCode()).isEqualTo(304);

    clock.advance(FakeForum.EVERY);
    HttpResponse<byte[]> later = get(sources.feedUrl(), "If-None-Match", etag);
    assertThat(later.statusCode()).isEqualTo(200);
    assertThat(later.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
  }

  @Test
  void shouldHandRelaysFeedReaderEachForumPostOnce() throws Exception {
    FeedReader reader = new FeedReader();
    URI feed = URI.create(sources.feedUrl());

    FeedFetch first = reader.fetch(feed, FeedState.initial());
    assertThat(first.posts()).hasSize(FakeForum.SHOWN);
    assertThat(first.posts())
        .allSatisfy(
            post -> {
              assertThat(post.author()).isNotBlank();
              assertThat(post.text()).isNotBlank().doesNotContain("<p>");
              assertThat(post.url()).startsWith(sources.baseUrl() + "/forum/t/");
            });
    FeedFetch unchanged = reader.fetch(feed, first.state());
    assertThat(unchanged.notModified()).isTrue();

    clock.advance(FakeForum.EVERY);
    FeedFetch next = reader.fetch(feed, unchanged.state());
    assertThat(next.posts()).hasSize(1);
    assertThat(next.posts().get(0).postedAt())
        .isAfter(first.posts().get(first.posts().size() - 1).postedAt());
  }

  @Test
  void shouldRepeatNothingAfterARestart() throws Exception {
    FeedReader reader = new FeedReader();
    MastodonAccount before = account(DemoSources.MASTODON_TOKEN, true, List.of("relaydemo"));
    FeedState feedState = reader.fetch(URI.create(sources.feedUrl()), FeedState.initial()).state();
    MastodonCursor cursor = mastodon.poll(before, MastodonCursor.empty()).cursor();

    sources.close();
    sources = DemoSources.start(0, clock);
    MastodonAccount after = account(DemoSources.MASTODON_TOKEN, true, List.of("relaydemo"));

    FeedFetch feedAgain = reader.fetch(URI.create(sources.feedUrl()), feedState);
    MastodonPoll mastodonAgain = mastodon.poll(after, cursor);
    assertThat(feedAgain.notModified()).isTrue();
    assertThat(mastodonAgain.posts()).isEmpty();

    clock.advance(FakeMastodon.EVERY.multipliedBy(FakeMastodon.HISTORY));
    assertThat(reader.fetch(URI.create(sources.feedUrl()), feedAgain.state()).posts()).isNotEmpty();
    assertThat(mastodon.poll(after, mastodonAgain.cursor()).posts()).isNotEmpty();
  }

  @Test
  void shouldServeMentionsOfTheCompanyThatMastodonClientReads() throws Exception {
    MastodonAccount account = account(DemoSources.MASTODON_TOKEN, true, List.of());

    MastodonPoll poll = mastodon.poll(account, MastodonCursor.empty());

    assertThat(poll.posts())
        .isNotEmpty()
        .allSatisfy(
            post -> {
              assertThat(post.author()).matches("@[a-z_]+@[a-z.]+");
              assertThat(post.authorFollowers()).isBetween(12, 250_000);
              assertThat(post.text()).contains("@relayhq").doesNotContain("<");
              assertThat(post.url()).startsWith(sources.baseUrl() + "/@");
              assertThat(post.postedAt()).isBeforeOrEqualTo(clock.instant());
            });
    assertThat(poll.rateLimit().remaining()).isLessThan(poll.rateLimit().limit());

    clock.advance(FakeMastodon.EVERY.multipliedBy(FakeMastodon.HISTORY));
    MastodonPoll next = mastodon.poll(account, poll.cursor());
    assertThat(next.posts())
        .isNotEmpty()
        .extracting(RawPost::externalId)
        .doesNotContainAnyElementsOf(poll.posts().stream().map(RawPost::externalId).toList());
  }

  @Test
  void shouldServeAHashtagTimelineSinceTheCursor() throws Exception {
    MastodonAccount account = account(DemoSources.MASTODON_TOKEN, false, List.of("#RelayDemo"));
    MastodonCursor cursor = MastodonCursor.empty();
    List<RawPost> read = new ArrayList<>();

    for (int tick = 0; tick < 30; tick++) {
      MastodonPoll poll = mastodon.poll(account, cursor);
      read.addAll(poll.posts());
      cursor = poll.cursor();
      clock.advance(FakeMastodon.EVERY);
    }

    assertThat(read).isNotEmpty();
    assertThat(read).allSatisfy(post -> assertThat(post.text()).containsIgnoringCase("#relaydemo"));
    assertThat(read).extracting(RawPost::externalId).doesNotHaveDuplicates();
  }

  @Test
  void shouldTellWhoseAccountTheTokenIs() throws Exception {
    String verify = sources.baseUrl() + "/api/v1/accounts/verify_credentials";

    HttpResponse<byte[]> own = get(verify, "Authorization", "Bearer " + DemoSources.MASTODON_TOKEN);
    HttpResponse<byte[]> anonymous = get(verify, null, null);

    assertThat(own.statusCode()).isEqualTo(200);
    JsonNode account = SourceHttp.JSON.readTree(own.body());
    assertThat(account.get("acct").asText()).isEqualTo(FakeMastodon.COMPANY);
    assertThat(account.get("username").asText()).isEqualTo(FakeMastodon.COMPANY);
    assertThat(account.get("id").asText()).matches("\\d+");
    assertThat(account.get("source").get("privacy").asText()).isEqualTo("public");
    assertThat(anonymous.statusCode()).isEqualTo(401);
  }

  @Test
  void shouldListTheCompanysOwnStatusesInItsHashtagsWhichRelayLeavesOut() throws Exception {
    MastodonAccount account =
        account(DemoSources.MASTODON_TOKEN, false, List.of("relaydemo", "relayfeedback"));
    MastodonCursor cursor = MastodonCursor.empty();
    List<RawPost> read = new ArrayList<>();
    Set<String> byTheCompany = new HashSet<>();

    // One whole round of the pool, a status every tick.
    for (int tick = 0; tick < 25; tick++) {
      for (String tag : List.of("relaydemo", "relayfeedback")) {
        JsonNode timeline =
            SourceHttp.JSON.readTree(
                get(sources.baseUrl() + "/api/v1/timelines/tag/" + tag, null, null).body());
        timeline.forEach(
            status -> {
              if (status.get("account").get("acct").asText().equals(FakeMastodon.COMPANY)) {
                byTheCompany.add(status.get("id").asText());
              }
            });
      }
      MastodonPoll poll = mastodon.poll(account, cursor);
      read.addAll(poll.posts());
      cursor = poll.cursor();
      clock.advance(FakeMastodon.EVERY);
    }

    assertThat(byTheCompany).as("listed as on Mastodon").isNotEmpty();
    assertThat(read).isNotEmpty();
    assertThat(read).extracting(RawPost::externalId).doesNotContainAnyElementsOf(byTheCompany);
    assertThat(read)
        .extracting(RawPost::author)
        .noneMatch(author -> author.startsWith("@" + FakeMastodon.COMPANY + "@"));
    assertThat(read).extracting(RawPost::externalId).doesNotHaveDuplicates();
  }

  @Test
  void shouldListAPublishedReplyInItsHashtagButRelayNeverReadsItBack() throws Exception {
    MastodonAccount account = account(DemoSources.MASTODON_TOKEN, true, List.of("relaydemo"));
    MastodonPoll first = mastodon.poll(account, MastodonCursor.empty());
    RawPost mention = first.posts().get(0);

    PublishedStatus reply =
        mastodon.publish(
            account, mention.externalId(), "Thanks, a fix is on its way. #relaydemo", "reply-1");
    MastodonPoll next = mastodon.poll(account, first.cursor());

    String timeline =
        new String(
            get(sources.baseUrl() + "/api/v1/timelines/tag/relaydemo", null, null).body(),
            StandardCharsets.UTF_8);
    assertThat(timeline).contains("\"id\":\"" + reply.id() + "\"");
    assertThat(next.posts()).extracting(RawPost::externalId).doesNotContain(reply.id());
    assertThat(next.cursor().readUpTo("tag:relaydemo")).as("read past it").isEqualTo(reply.id());
  }

  @Test
  void shouldRefuseTheAccountsApiWithoutItsToken() throws Exception {
    HttpResponse<byte[]> noToken =
        get(sources.baseUrl() + "/api/v1/notifications?types%5B%5D=mention", null, null);
    assertThat(noToken.statusCode()).isEqualTo(401);
    assertThat(new String(noToken.body())).isEqualTo("{\"error\":\"The access token is invalid\"}");

    HttpResponse<String> post =
        http.send(
            HttpRequest.newBuilder(URI.create(sources.baseUrl() + "/api/v1/statuses"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("status=hello"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(401);

    ChannelException refused =
        catchThrowableOfType(
            ChannelException.class,
            () -> mastodon.poll(account("wrong-token", true, List.of()), MastodonCursor.empty()));
    assertThat(refused.reason()).isEqualTo(ChannelException.Reason.ACCESS_DENIED);
    assertThat(refused.getMessage()).contains("The access token is invalid");
  }

  @Test
  void shouldShowAPublishedReplyEscapedInItsThread() throws Exception {
    MastodonAccount account = account(DemoSources.MASTODON_TOKEN, true, List.of());
    RawPost mention = mastodon.poll(account, MastodonCursor.empty()).posts().get(0);
    String reply = "<script>alert('hi')</script> Sorry & thanks, we're on it.";

    PublishedStatus published =
        mastodon.publish(account, mention.externalId(), reply, "mention-1-draft-1");
    PublishedStatus retried =
        mastodon.publish(account, mention.externalId(), reply, "mention-1-draft-1");

    assertThat(retried).isEqualTo(published);
    assertThat(published.url()).startsWith(sources.baseUrl() + "/@relayhq/");
    String page = new String(get(sources.baseUrl() + "/", null, null).body());
    String escaped =
        "&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt; Sorry &amp; thanks, we&#39;re";
    assertThat(page).contains(escaped).doesNotContain("<script>");
    assertThat(page.indexOf(escaped)).as("shown once").isEqualTo(page.lastIndexOf(escaped));
    int thread = page.indexOf("id=\"thread-" + mention.externalId() + "\"");
    int nextThread = page.indexOf("<article", thread + 1);
    assertThat(thread).isNotNegative();
    assertThat(page.indexOf(escaped))
        .isGreaterThan(thread)
        .isLessThan(nextThread < 0 ? page.length() : nextThread);
  }

  @Test
  void shouldRefuseAReplyMastodonWouldRefuse() throws Exception {
    MastodonAccount account = account(DemoSources.MASTODON_TOKEN, true, List.of());

    ChannelException tooLong =
        catchThrowableOfType(
            ChannelException.class,
            () -> mastodon.publish(account, null, "x".repeat(501), "too-long"));
    ChannelException noParent =
        catchThrowableOfType(
            ChannelException.class, () -> mastodon.publish(account, "123", "Thanks!", "no-parent"));

    assertThat(tooLong.getMessage()).contains("character limit of 500");
    assertThat(noParent.reason()).isEqualTo(ChannelException.Reason.NOT_FOUND);
  }

  private MastodonAccount account(String token, boolean mentions, List<String> hashtags) {
    return new MastodonAccount(URI.create(sources.baseUrl()), token, hashtags, List.of(), mentions);
  }

  private HttpResponse<byte[]> get(String url, String header, String value) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (header != null) {
      request.header(header, value);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A clock the test moves on by hand. */
  private static final class ManualClock extends Clock {

    private volatile Instant now;

    ManualClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
