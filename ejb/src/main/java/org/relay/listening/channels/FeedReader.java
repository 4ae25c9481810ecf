package org.relay.listening.channels;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.relay.listening.channels.ChannelException.Reason;

/**
 * Reads RSS and Atom feeds into {@link RawPost}s: asks conditionally, and hands on only the entries
 * newer than the {@link FeedState} it is given. Thread-safe; one instance serves every feed.
 *
 * <p>Parsing is ROME's {@link SyndFeedInput}, which since ROME 1.5.1 refuses documents with a
 * DOCTYPE and never loads external entities or DTDs; {@link #parse} sets that explicitly so a
 * change of default cannot reopen the door to XML external entity attacks.
 */
public final class FeedReader {

  private static final String ACCEPT =
      "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9,"
          + " application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1";

  private final ChannelHttp http;

  public FeedReader() {
    this(ChannelHttp.withDefaults(HttpClient.Redirect.NORMAL));
  }

  FeedReader(ChannelHttp http) {
    this.http = http;
  }

  /**
   * Fetches a feed and returns its entries that are new since {@code state}, with the state to keep
   * for the next fetch.
   *
   * @param feedUrl the feed's absolute http or https address
   * @param state what the previous fetch returned, or {@link FeedState#initial()}
   * @throws ChannelException when the feed cannot be fetched or is not a feed
   */
  public FeedFetch fetch(URI feedUrl, FeedState state) throws ChannelException {
    Objects.requireNonNull(feedUrl, "feedUrl");
    if (PlainText.webAddress(feedUrl.toString()) == null) {
      throw new IllegalArgumentException(
          "A feed address must be an absolute http or https address: " + feedUrl);
    }
    FeedState known = state == null ? FeedState.initial() : state;
    String subject = "The feed at " + feedUrl;

    HttpRequest.Builder request = http.newRequest(feedUrl).GET().header("Accept", ACCEPT);
    if (known.etag() != null) {
      request.header("If-None-Match", known.etag());
    }
    if (known.lastModified() != null) {
      request.header("If-Modified-Since", known.lastModified());
    }
    ChannelHttp.Response response = http.send(request.build(), subject);

    if (response.status() == 304) {
      return new FeedFetch(true, List.of(), known);
    }
    if (!response.isSuccess()) {
      throw failure(subject, response);
    }
    SyndFeed feed = parse(feedUrl, response);
    return newEntries(feedUrl, feed, known, response);
  }

  private ChannelException failure(String subject, ChannelHttp.Response response) {
    int status = response.status();
    String answered = subject + " answered " + ChannelHttp.statusLine(status);
    return switch (status) {
      case 401, 403 ->
          new ChannelException(
              Reason.ACCESS_DENIED,
              answered + ": the feed is not public, and Relay reads only public feeds.",
              null,
              status,
              null);
      case 404, 410 ->
          new ChannelException(
              Reason.NOT_FOUND,
              answered + ": check the address in the channel settings.",
              null,
              status,
              null);
      case 429 -> {
        var retryAfter = http.retryAfter(response.headers());
        yield new ChannelException(
            Reason.RATE_LIMITED,
            answered + "; Relay will try again later.",
            retryAfter,
            status,
            null);
      }
      default -> {
        if (status >= 500 || status == 408) {
          yield new ChannelException(
              Reason.UNAVAILABLE,
              answered + "; Relay will try again later.",
              http.retryAfter(response.headers()),
              status,
              null);
        }
        yield new ChannelException(Reason.REJECTED, answered + ".", null, status, null);
      }
    };
  }

  private static SyndFeed parse(URI feedUrl, ChannelHttp.Response response)
      throws ChannelException {
    String notAFeed = feedUrl + " is not an RSS or Atom feed: ";
    if (looksLikeHtml(response)) {
      throw new ChannelException(
          Reason.INVALID_CONTENT, notAFeed + webPageAdvice(feedUrl, response.body()));
    }
    if (response.body().length == 0) {
      throw new ChannelException(Reason.INVALID_CONTENT, notAFeed + "the answer was empty.");
    }
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    String contentType = response.header("Content-Type").orElse(null);
    try (Reader reader =
        new XmlReader(new ByteArrayInputStream(response.body()), contentType, true)) {
      return input.build(reader);
    } catch (FeedException e) {
      String detail =
          e.getMessage() == null ? "" : e.getMessage().replaceFirst("^Invalid XML:? ?", "");
      if (detail.contains("DOCTYPE")) {
        throw new ChannelException(
            Reason.INVALID_CONTENT,
            notAFeed + "it declares a DOCTYPE, which Relay refuses for safety.",
            e);
      }
      throw new ChannelException(
          Reason.INVALID_CONTENT,
          notAFeed + "the XML is malformed" + (detail.isBlank() ? "." : " (" + detail + ")."),
          e);
    } catch (IllegalArgumentException e) {
      throw new ChannelException(
          Reason.INVALID_CONTENT, notAFeed + "it is XML, but neither RSS nor Atom.", e);
    } catch (IOException e) {
      throw new ChannelException(
          Reason.INVALID_CONTENT,
          notAFeed + "its character encoding cannot be read (" + e.getMessage() + ").",
          e);
    } catch (RuntimeException e) {
      // ROME's format-specific parsers throw assorted runtime exceptions on odd documents.
      throw new ChannelException(
          Reason.INVALID_CONTENT, notAFeed + "ROME could not read it (" + e + ").", e);
    }
  }

  private static boolean looksLikeHtml(ChannelHttp.Response response) {
    String mediaType = response.mediaType();
    if (mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml")) {
      return true;
    }
    int length = Math.min(response.body().length, 1024);
    String start =
        new String(response.body(), 0, length, StandardCharsets.ISO_8859_1)
            .replace("\u00EF\u00BB\u00BF", "")
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype html") || start.startsWith("<html");
  }

  /**
   * Web pages often name their feed in a {@code <link rel="alternate">}: say which one. The tags
   * sought are ASCII, so any ASCII-compatible decoding finds them.
   */
  private static String webPageAdvice(URI pageUrl, byte[] body) {
    Document page = Jsoup.parse(new String(body, StandardCharsets.ISO_8859_1), pageUrl.toString());
    for (Element link : page.select("link[rel~=(?i)alternate][href]")) {
      String type = link.attr("type").toLowerCase(Locale.ROOT);
      String href = PlainText.webAddress(link.absUrl("href"));
      if ((type.contains("rss") || type.contains("atom")) && href != null) {
        return "it is a web page. The page names its feed at "
            + href
            + "; enter that address in the channel settings.";
      }
    }
    return "it is a web page; enter the address of the site's RSS or Atom feed instead.";
  }

  private FeedFetch newEntries(
      URI feedUrl, SyndFeed feed, FeedState known, ChannelHttp.Response response) {
    String etag = response.header("ETag").orElse(null);
    String lastModified = response.header("Last-Modified").orElse(null);
    byte[] body = response.body();
    String contentType = response.header("Content-Type").orElse(null);
    Instant fetchedAt = http.clock().instant();
    String feedAuthor = firstNonBlank(feed.getTitle(), feedUrl.getHost());
    String language =
        PlainText.languageCode(
            feed.getLanguage() != null ? feed.getLanguage() : atomLanguage(body, contentType));

    List<RawPost> fresh = new ArrayList<>();
    Instant newest = known.newestSeen();
    for (SyndEntry entry : feed.getEntries()) {
      Instant dated = dateOf(entry);
      if (dated != null && (newest == null || dated.isAfter(newest))) {
        newest = dated;
      }
    }
    Set<String> idsAtNewest = new HashSet<>();
    for (SyndEntry entry : feed.getEntries()) {
      String id = idOf(entry);
      Instant dated = dateOf(entry);
      if (isNew(dated, id, known)) {
        fresh.add(
            toPost(feedUrl, entry, id, dated == null ? fetchedAt : dated, feedAuthor, language));
      }
      if (dated == null || dated.equals(newest)) {
        idsAtNewest.add(id);
      }
    }
    if (newest != null && newest.equals(known.newestSeen())) {
      // A feed that briefly drops its newest entries must not have them reported again when
      // they come back, so ids at an unchanged newest date are kept.
      idsAtNewest.addAll(known.idsAtNewest());
    }
    fresh.sort(Comparator.comparing(RawPost::postedAt));
    return new FeedFetch(false, fresh, new FeedState(etag, lastModified, newest, idsAtNewest));
  }

  /**
   * An Atom feed states its language as {@code xml:lang} on its root, which ROME does not keep.
   * Reading only the root start element, with DTDs and external entities off, finds it.
   */
  private static String atomLanguage(byte[] body, String contentType) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (Reader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
      XMLStreamReader xml = factory.createXMLStreamReader(reader);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT) {
            return xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
          }
        }
        return null;
      } finally {
        xml.close();
      }
    } catch (IOException | XMLStreamException e) {
      return null;
    }
  }

  /**
   * Dated entries are new when newer than the newest seen, or as new with an unseen id. Undated
   * entries have only their id to go by.
   */
  private static boolean isNew(Instant dated, String id, FeedState known) {
    if (dated == null) {
      return !known.idsAtNewest().contains(id);
    }
    Instant newestSeen = known.newestSeen();
    return newestSeen == null
        || dated.isAfter(newestSeen)
        || (dated.equals(newestSeen) && !known.idsAtNewest().contains(id));
  }

  private static RawPost toPost(
      URI feedUrl,
      SyndEntry entry,
      String id,
      Instant postedAt,
      String feedAuthor,
      String language) {
    return new RawPost(
        id,
        firstNonBlank(authorOf(entry), feedAuthor),
        null,
        PlainText.titled(titleOf(entry), bodyOf(entry)),
        linkOf(feedUrl, entry),
        postedAt,
        null,
        language);
  }

  private static String idOf(SyndEntry entry) {
    String uri = entry.getUri();
    if (uri != null && !uri.isBlank()) {
      return uri.strip();
    }
    String link = entry.getLink();
    if (link != null && !link.isBlank()) {
      return link.strip();
    }
    return "sha256:"
        + sha256(Objects.toString(link, "") + "\n" + Objects.toString(entry.getTitle(), ""));
  }

  private static Instant dateOf(SyndEntry entry) {
    Date date =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return date == null ? null : date.toInstant();
  }

  private static String authorOf(SyndEntry entry) {
    if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
      return entry.getAuthor().strip();
    }
    return entry.getAuthors().stream()
        .map(SyndPerson::getName)
        .filter(name -> name != null && !name.isBlank())
        .map(String::strip)
        .findFirst()
        .orElse(null);
  }

  /** The title as text: Atom titles may be HTML, and say so. */
  private static String titleOf(SyndEntry entry) {
    return entry.getTitleEx() != null
        ? textOf(entry.getTitleEx())
        : PlainText.tidy(entry.getTitle());
  }

  /** The fullest body the entry has: its content, else its description or summary. */
  private static String bodyOf(SyndEntry entry) {
    for (SyndContent content : entry.getContents()) {
      String text = textOf(content);
      if (!text.isEmpty()) {
        return text;
      }
    }
    return textOf(entry.getDescription());
  }

  private static String textOf(SyndContent content) {
    if (content == null || content.getValue() == null) {
      return "";
    }
    String type = Objects.toString(content.getType(), "").toLowerCase(Locale.ROOT);
    return type.equals("text") || type.equals("text/plain")
        ? PlainText.tidy(content.getValue())
        : PlainText.fromHtml(content.getValue());
  }

  private static String linkOf(URI feedUrl, SyndEntry entry) {
    String link = entry.getLink();
    if (link == null || link.isBlank()) {
      link =
          entry.getLinks().stream()
              .filter(l -> l.getRel() == null || l.getRel().equals("alternate"))
              .map(SyndLink::getHref)
              .filter(Objects::nonNull)
              .findFirst()
              .orElse(null);
    }
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      return PlainText.webAddress(feedUrl.resolve(link.strip()).toString());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String firstNonBlank(String first, String second) {
    return first != null && !first.isBlank() ? first.strip() : second;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
