package org.relay.listening.channels;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relay.listening.channels.ChannelException.Reason;

/**
 * Reads a Mastodon account's mentions, hashtags and searches into {@link RawPost}s, and publishes
 * replies, through Mastodon's documented REST API. Thread-safe and stateless: what one poll read
 * travels in the {@link MastodonCursor} it returns.
 *
 * <p>Redirects are not followed, so the access token is only ever sent to the instance it was made
 * for; for the same reason pagination links to any other server are ignored.
 */
public final class MastodonClient {

  static final int PAGE_SIZE = 40;

  /** Pages read per source and poll once a cursor exists; a first poll reads one page. */
  static final int MAX_PAGES = 5;

  private static final Logger LOG = Logger.getLogger(MastodonClient.class.getName());
  private static final JsonProvider JSON = JsonProvider.provider();
  private static final Pattern LINK_VALUE = Pattern.compile("<([^>]*)>([^<]*)");
  private static final Pattern REL = Pattern.compile("(?i)\\brel\\s*=\\s*\"?([^\";,]*)");

  /**
   * Mastodon's ids are numbers sent as strings; as such they order by length, then digits. The same
   * order also holds for the fixed-length sortable ids of other servers speaking this API.
   */
  static final Comparator<String> ID_ORDER =
      Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

  private final ChannelHttp http;

  public MastodonClient() {
    this(ChannelHttp.withDefaults(HttpClient.Redirect.NEVER));
  }

  MastodonClient(ChannelHttp http) {
    this.http = http;
  }

  /**
   * Reads what is new on every source of the account since {@code cursor}.
   *
   * <p>A source without a cursor reads one page. A source with one follows the {@code next} links
   * until it reaches the cursor, for at most {@value #MAX_PAGES} pages. When the rate limit runs
   * out, the poll stops, returns what it read and sets {@link MastodonPoll#notBefore()}; a source
   * it stopped in the middle of keeps its old cursor, so it is read again (the same statuses may
   * then come twice: de-duplicate by external id).
   *
   * @throws ChannelException on any refused request, including 429, before the poll could finish
   */
  public MastodonPoll poll(MastodonAccount account, MastodonCursor cursor) throws ChannelException {
    Objects.requireNonNull(account, "account");
    MastodonCursor known = cursor == null ? MastodonCursor.empty() : cursor;
    Poll poll = new Poll(account);
    Map<String, String> next = new LinkedHashMap<>();
    for (String source : account.sources()) {
      String sinceId = known.sinceId(source);
      String newest = poll.exhausted() ? sinceId : poll.read(source, sinceId);
      if (newest != null) {
        next.put(source, newest);
      }
    }
    return new MastodonPoll(
        List.copyOf(poll.posts.values()),
        new MastodonCursor(next),
        poll.rateLimit,
        poll.exhausted() ? poll.rateLimit.reset() : null,
        poll.truncated);
  }

  /**
   * Publishes a public status, as a reply when {@code inReplyToId} is given.
   *
   * @param idempotencyKey the same key for every attempt at the same post: Mastodon then publishes
   *     it once however often Relay retries (for an hour)
   * @throws ChannelException when the instance refuses the post or does not answer
   */
  public PublishedStatus publish(
      MastodonAccount account, String inReplyToId, String text, String idempotencyKey)
      throws ChannelException {
    Objects.requireNonNull(account, "account");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("A status needs text");
    }
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      throw new IllegalArgumentException(
          "Publishing needs an idempotency key, so retries are safe");
    }
    var body = JSON.createObjectBuilder().add("status", text).add("visibility", "public");
    if (inReplyToId != null) {
      body.add("in_reply_to_id", inReplyToId);
    }
    HttpRequest request =
        http.newRequest(endpoint(account, "/api/v1/statuses", ""))
            .POST(HttpRequest.BodyPublishers.ofString(body.build().toString()))
            .header("Authorization", "Bearer " + account.accessToken())
            .header("Idempotency-Key", idempotencyKey)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .build();
    ChannelHttp.Response response;
    try {
      response = http.send(request, server(account));
    } catch (ChannelException e) {
      throw new ChannelException(
          e.reason(),
          e.getMessage()
              + " Whether the post was published is unknown; publishing again with the same"
              + " idempotency key will not post it twice.",
          e.retryAfter().orElse(null),
          0,
          e);
    }
    if (!response.isSuccess()) {
      throw failure(account, response, rateLimit(response), "the post");
    }
    JsonObject status = object(json(account, response), account);
    String id = status.getString("id", null);
    if (id == null) {
      throw new ChannelException(
          Reason.INVALID_CONTENT,
          server(account) + " accepted the post but did not say its id.",
          null,
          response.status(),
          null);
    }
    return new PublishedStatus(id, PlainText.webAddress(status.getString("url", null)));
  }

  /** One poll in progress: what it read so far and the latest rate limit. Not shared. */
  private final class Poll {

    private final MastodonAccount account;
    private final Map<String, RawPost> posts = new LinkedHashMap<>();
    private final Set<String> truncated = new TreeSet<>();
    private RateLimit rateLimit;

    Poll(MastodonAccount account) {
      this.account = account;
    }

    boolean exhausted() {
      return rateLimit != null && rateLimit.remaining() <= 0;
    }

    /** Reads one source and returns the cursor to keep for it. */
    String read(String source, String sinceId) throws ChannelException {
      boolean search = source.startsWith("search:");
      String newest = sinceId;
      URI page = firstPage(account, source, sinceId);
      for (int pages = 1; ; pages++) {
        ChannelHttp.Response response = get(page);
        List<Item> items = items(source, json(account, response));
        boolean reachedCursor = false;
        for (Item item : items) {
          if (sinceId != null && ID_ORDER.compare(item.cursorId(), sinceId) <= 0) {
            reachedCursor = true;
            continue;
          }
          if (newest == null || ID_ORDER.compare(item.cursorId(), newest) > 0) {
            newest = item.cursorId();
          }
          if (item.status() != null && isPublic(item.status())) {
            RawPost post = toPost(item.status(), account);
            if (post != null) {
              posts.putIfAbsent(post.externalId(), post);
            }
          }
        }
        if (sinceId == null || reachedCursor || items.isEmpty()) {
          return newest;
        }
        if (search) {
          // Search has no paging by id: a full page of only new results may hide more.
          if (items.size() >= PAGE_SIZE) {
            truncated.add(source);
          }
          return newest;
        }
        URI more = nextPage(response, account);
        if (more == null) {
          return newest;
        }
        if (pages >= MAX_PAGES) {
          truncated.add(source);
          return newest;
        }
        if (exhausted()) {
          return sinceId;
        }
        page = more;
      }
    }

    private ChannelHttp.Response get(URI uri) throws ChannelException {
      HttpRequest request =
          http.newRequest(uri)
              .GET()
              .header("Authorization", "Bearer " + account.accessToken())
              .header("Accept", "application/json")
              .build();
      ChannelHttp.Response response = http.send(request, server(account));
      RateLimit stated = rateLimit(response);
      if (stated != null) {
        rateLimit = stated;
      }
      if (!response.isSuccess()) {
        throw failure(account, response, stated, "the request for " + uri.getRawPath());
      }
      return response;
    }
  }

  /** A timeline entry: the id that orders it for the cursor, and its status if it has one. */
  private record Item(String cursorId, JsonObject status) {}

  private static URI firstPage(MastodonAccount account, String source, String sinceId) {
    String since = sinceId == null ? "" : "&since_id=" + encode(sinceId);
    if (source.equals(MastodonAccount.MENTIONS)) {
      return endpoint(
          account, "/api/v1/notifications", "types%5B%5D=mention&limit=" + PAGE_SIZE + since);
    }
    if (source.startsWith("tag:")) {
      return endpoint(
          account,
          "/api/v1/timelines/tag/" + encode(source.substring("tag:".length())),
          "limit=" + PAGE_SIZE + since);
    }
    // Search has no since_id on older servers: results are filtered by id instead.
    return endpoint(
        account,
        "/api/v2/search",
        "q="
            + encode(source.substring("search:".length()))
            + "&type=statuses&resolve=false&limit="
            + PAGE_SIZE);
  }

  private static URI endpoint(MastodonAccount account, String path, String query) {
    return URI.create(
        ChannelHttp.origin(account.instance()) + path + (query.isEmpty() ? "" : "?" + query));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static List<Item> items(String source, JsonStructure json) {
    List<Item> items = new ArrayList<>();
    JsonArray entries;
    if (source.startsWith("search:")) {
      entries =
          json instanceof JsonObject result && result.get("statuses") instanceof JsonArray found
              ? found
              : JsonValue.EMPTY_JSON_ARRAY;
    } else {
      entries = json instanceof JsonArray array ? array : JsonValue.EMPTY_JSON_ARRAY;
    }
    boolean notifications = source.equals(MastodonAccount.MENTIONS);
    for (JsonValue entry : entries) {
      if (entry instanceof JsonObject object && validId(object.getString("id", null))) {
        JsonObject status =
            notifications ? (object.get("status") instanceof JsonObject s ? s : null) : object;
        items.add(new Item(object.getString("id"), status));
      }
    }
    return items;
  }

  private static boolean validId(String id) {
    return id != null && id.matches("[0-9A-Za-z]{1,64}");
  }

  /**
   * Whether everyone may see the status. Direct messages and followers-only posts mention the
   * account too, but they are not public talk about the company, and a public reply would expose
   * them: Relay does not take them in. A status without a visibility is taken as public.
   */
  static boolean isPublic(JsonObject status) {
    String visibility = status.getString("visibility", "public");
    return "public".equals(visibility) || "unlisted".equals(visibility);
  }

  /**
   * The status as a post, the boosted status when it is a boost; {@code null} for a status missing
   * what every post needs.
   */
  private static RawPost toPost(JsonObject wrapper, MastodonAccount account) {
    JsonObject status = wrapper.get("reblog") instanceof JsonObject boosted ? boosted : wrapper;
    String id = status.getString("id", null);
    Instant postedAt = instant(status.getString("created_at", null));
    if (!(status.get("account") instanceof JsonObject author)
        || id == null
        || postedAt == null
        || author.getString("acct", null) == null) {
      LOG.log(
          Level.WARNING,
          "Skipped a status from {0} without id, date or author: {1}",
          new Object[] {account.instance(), id});
      return null;
    }
    String acct = author.getString("acct");
    String handle = "@" + acct + (acct.contains("@") ? "" : "@" + account.instance().getHost());
    String spoiler = PlainText.tidy(status.getString("spoiler_text", ""));
    String content = PlainText.fromHtml(status.getString("content", ""));
    String text =
        spoiler.isEmpty() ? content : spoiler + (content.isEmpty() ? "" : "\n\n" + content);
    String url = PlainText.webAddress(status.getString("url", null));
    return new RawPost(
        id,
        handle,
        followers(author),
        PlainText.cap(text),
        url != null ? url : PlainText.webAddress(status.getString("uri", null)),
        postedAt,
        status.getString("in_reply_to_id", null),
        PlainText.languageCode(status.getString("language", null)));
  }

  private static Integer followers(JsonObject author) {
    if (author.get("followers_count") instanceof JsonNumber count && count.isIntegral()) {
      return (int) Math.max(0, Math.min(Integer.MAX_VALUE, count.longValue()));
    }
    return null;
  }

  private static Instant instant(String value) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The {@code rel="next"} link of a page, if it points back to the same instance. */
  private static URI nextPage(ChannelHttp.Response response, MastodonAccount account) {
    for (String header : response.headers().allValues("Link")) {
      Matcher link = LINK_VALUE.matcher(header);
      while (link.find()) {
        Matcher rel = REL.matcher(link.group(2));
        if (rel.find()
            && List.of(rel.group(1).toLowerCase(Locale.ROOT).trim().split("\\s+"))
                .contains("next")) {
          try {
            URI next = account.instance().resolve(link.group(1).trim());
            return sameOrigin(next, account.instance()) ? next : null;
          } catch (IllegalArgumentException e) {
            return null;
          }
        }
      }
    }
    return null;
  }

  private static boolean sameOrigin(URI a, URI b) {
    return a.getScheme() != null
        && a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost() != null
        && a.getHost().equalsIgnoreCase(b.getHost())
        && port(a) == port(b);
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  /** Mastodon's {@code X-RateLimit-*} headers; {@code null} when absent or unreadable. */
  private static RateLimit rateLimit(ChannelHttp.Response response) {
    try {
      var limit = response.header("X-RateLimit-Limit").map(String::trim).map(Integer::parseInt);
      var remaining =
          response.header("X-RateLimit-Remaining").map(String::trim).map(Integer::parseInt);
      var reset =
          response.header("X-RateLimit-Reset").map(String::trim).map(MastodonClient::instant);
      if (limit.isPresent() && remaining.isPresent() && reset.isPresent()) {
        return new RateLimit(limit.get(), remaining.get(), reset.get());
      }
    } catch (NumberFormatException e) {
      // An unreadable limit is no limit Relay can honour; the 429 still will be.
    }
    return null;
  }

  private ChannelException failure(
      MastodonAccount account, ChannelHttp.Response response, RateLimit limit, String what) {
    int status = response.status();
    String server = server(account);
    String error = mastodonError(response);
    String said = error == null ? "" : " (" + error + ")";
    return switch (status) {
      case 401, 403 ->
          new ChannelException(
              Reason.ACCESS_DENIED,
              "The access token was refused by "
                  + server
                  + said
                  + ": check it in the channel settings.",
              null,
              status,
              null);
      case 404, 410 ->
          new ChannelException(
              Reason.NOT_FOUND,
              server
                  + " answered "
                  + ChannelHttp.statusLine(status)
                  + " to "
                  + what
                  + said
                  + ": check the instance address in the channel settings, or whether the post"
                  + " still exists.",
              null,
              status,
              null);
      case 422 ->
          new ChannelException(
              Reason.REJECTED,
              server
                  + " refused "
                  + what
                  + ": "
                  + (error == null ? "no reason given" : error)
                  + ".",
              null,
              status,
              null);
      case 429 -> {
        Instant retryAfter = limit != null ? limit.reset() : http.retryAfter(response.headers());
        yield new ChannelException(
            Reason.RATE_LIMITED,
            server
                + " answered 429 Too Many Requests: the account's rate limit is used up; Relay will"
                + " try again "
                + (retryAfter == null ? "later." : "after " + retryAfter + "."),
            retryAfter,
            status,
            null);
      }
      default -> {
        if (status >= 500 || status == 408) {
          yield new ChannelException(
              Reason.UNAVAILABLE,
              server
                  + " answered "
                  + ChannelHttp.statusLine(status)
                  + "; Relay will try again later.",
              http.retryAfter(response.headers()),
              status,
              null);
        }
        if (status >= 300 && status < 400) {
          yield new ChannelException(
              Reason.REJECTED,
              server
                  + " answered "
                  + ChannelHttp.statusLine(status)
                  + response.header("Location").map(l -> " to " + l).orElse("")
                  + ": enter the instance's own address in the channel settings.",
              null,
              status,
              null);
        }
        yield new ChannelException(
            Reason.REJECTED,
            server + " answered " + ChannelHttp.statusLine(status) + " to " + what + said + ".",
            null,
            status,
            null);
      }
    };
  }

  /** Mastodon explains refusals in {@code {"error": "..."}}. */
  private static String mastodonError(ChannelHttp.Response response) {
    try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(response.body()))) {
      return reader.read() instanceof JsonObject object ? object.getString("error", null) : null;
    } catch (JsonException e) {
      return null;
    }
  }

  private static JsonStructure json(MastodonAccount account, ChannelHttp.Response response)
      throws ChannelException {
    try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(response.body()))) {
      return reader.read();
    } catch (JsonException e) {
      throw new ChannelException(
          Reason.INVALID_CONTENT,
          server(account)
              + " did not answer with the JSON Mastodon sends ("
              + e.getMessage()
              + "): check the instance address in the channel settings.",
          null,
          response.status(),
          e);
    }
  }

  private static JsonObject object(JsonStructure json, MastodonAccount account)
      throws ChannelException {
    if (json instanceof JsonObject object) {
      return object;
    }
    throw new ChannelException(
        Reason.INVALID_CONTENT, server(account) + " answered with JSON Mastodon does not send.");
  }

  private static String server(MastodonAccount account) {
    return ChannelHttp.origin(account.instance());
  }
}
