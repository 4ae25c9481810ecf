package org.relay.demo;

import static org.relay.demo.SourceHttp.escape;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relay.demo.SourceHttp.Answer;
import org.relay.demo.SourceHttp.Request;

/**
 * The user forum of the demo company, as an RSS 2.0 feed: a new post every {@link #EVERY} from a
 * pool of posts ({@code /demo/forum-posts.json}), the latest {@link #SHOWN} in the feed. It answers
 * conditional requests as forums do, with an ETag and Last-Modified and 304 when nothing changed.
 * Stateless: what it shows is a function of the clock alone.
 */
final class FakeForum {

  static final String FEED_PATH = "/forum/feed.xml";
  static final String POST_PATH = "/forum/t/";
  static final Duration EVERY = Duration.ofSeconds(45);
  static final int SHOWN = 10;

  private static final long SEED = 4_2025L;
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  /** A forum post: its thread title, its author's forum name and its body as the forum's HTML. */
  record Post(String title, String author, String html) {}

  /** The post shown in one slot, dated when the slot began. */
  record Entry(long slot, Instant publishedAt, Post post) {

    String guid() {
      return "relay-forum-post-" + slot;
    }
  }

  private final Rotation<Post> rotation;
  private final Clock clock;
  private final String baseUrl;

  FakeForum(Clock clock, String baseUrl) {
    this.rotation = new Rotation<>(load(), EVERY, SEED);
    this.clock = clock;
    this.baseUrl = baseUrl;
  }

  private static List<Post> load() {
    try (InputStream in = FakeForum.class.getResourceAsStream("/demo/forum-posts.json")) {
      return SourceHttp.JSON.readValue(in, new TypeReference<List<Post>>() {});
    } catch (IOException e) {
      throw new IllegalStateException("The demo forum posts cannot be read", e);
    }
  }

  /** The posts in the feed now, newest first. */
  List<Entry> latest() {
    long newest = rotation.slotAt(clock.instant());
    List<Entry> entries = new ArrayList<>(SHOWN);
    for (long slot = newest; slot > newest - SHOWN; slot--) {
      entries.add(entry(slot));
    }
    return entries;
  }

  /** A post that has been published, however long ago. */
  Optional<Entry> published(long slot) {
    return slot <= rotation.slotAt(clock.instant()) ? Optional.of(entry(slot)) : Optional.empty();
  }

  String linkOf(Entry entry) {
    return baseUrl + POST_PATH + entry.slot();
  }

  private Entry entry(long slot) {
    return new Entry(slot, rotation.startOf(slot), rotation.itemOf(slot));
  }

  Answer feed(Request request) {
    if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
      return Answer.text(405, "The feed is read with GET.");
    }
    List<Entry> entries = latest();
    Instant updated = entries.get(0).publishedAt();
    String etag = "\"forum-" + entries.get(0).slot() + "\"";
    Map<String, String> validators =
        Map.of("ETag", etag, "Last-Modified", HTTP_DATE.format(updated));
    if (notModified(request, etag, updated)) {
      return new Answer(304, null, validators, new byte[0]);
    }
    return new Answer(
        200,
        "application/rss+xml; charset=utf-8",
        validators,
        rss(entries).getBytes(StandardCharsets.UTF_8));
  }

  /** If-None-Match decides when present; If-Modified-Since only without it (RFC 9110). */
  private static boolean notModified(Request request, String etag, Instant updated) {
    Optional<String> ifNoneMatch = request.header("If-None-Match");
    if (ifNoneMatch.isPresent()) {
      return List.of(ifNoneMatch.get().split("\\s*,\\s*")).contains(etag)
          || ifNoneMatch.get().trim().equals("*");
    }
    return request
        .header("If-Modified-Since")
        .map(
            since -> {
              try {
                return !updated.isAfter(Instant.from(HTTP_DATE.parse(since)));
              } catch (DateTimeParseException e) {
                return false;
              }
            })
        .orElse(false);
  }

  /**
   * The feed has no channel language on purpose: the forum is multilingual, and a feed-wide
   * language would label its German, French and Spanish posts English; Relay detects each post's.
   */
  private String rss(List<Entry> entries) {
    StringBuilder xml = new StringBuilder(8192);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
        .append("  <channel>\n")
        .append("    <title>Relay Community Forum</title>\n")
        .append("    <link>")
        .append(escape(baseUrl + "/"))
        .append("</link>\n")
        .append("    <description>Questions, ideas and stories from people who use Relay")
        .append("</description>\n")
        .append("    <lastBuildDate>")
        .append(HTTP_DATE.format(entries.get(0).publishedAt()))
        .append("</lastBuildDate>\n");
    for (Entry entry : entries) {
      xml.append("    <item>\n")
          .append("      <title>")
          .append(escape(entry.post().title()))
          .append("</title>\n")
          .append("      <link>")
          .append(escape(linkOf(entry)))
          .append("</link>\n")
          .append("      <guid isPermaLink=\"false\">")
          .append(entry.guid())
          .append("</guid>\n")
          .append("      <pubDate>")
          .append(HTTP_DATE.format(entry.publishedAt()))
          .append("</pubDate>\n")
          .append("      <dc:creator>")
          .append(escape(entry.post().author()))
          .append("</dc:creator>\n")
          .append("      <description>")
          .append(escape(entry.post().html()))
          .append("</description>\n")
          .append("    </item>\n");
    }
    return xml.append("  </channel>\n</rss>\n").toString();
  }
}
