package org.relay.listening.channels;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
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
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relay.listening.channels.ChannelException.Reason;
import org.relay.listening.channels.MastodonCursor.OwnAccount;
import org.relay.listening.channels.MastodonCursor.SearchGap;

/**
 * Reads a Mastodon account's mentions, hashtags and searches into {@link RawPost}s, and publishes
 * replies, through Mastodon's documented REST API. Thread-safe and stateless: what one poll read
 * travels in the {@link MastodonCursor} it returns.
 *
 * <p>Mentions and hashtags are read oldest first: each page asks for the statuses just after the
 * cursor ({@code min_id}), and the cursor moves to the newest of them. A poll that stops, at its
 * page limit or because the rate limit runs low, has moved the cursor exactly as far as it read,
 * and the next poll goes on from there: a busy source is read completely, each status once.
 * Searches page only from the newest result down ({@code offset}); a search a poll did not finish
 * keeps a {@link SearchGap} in the cursor, which the next poll reads first.
 *
 * <p>The account's own statuses (Relay's published replies among them) show up in its hashtags and
 * searches like anyone's; they are never handed on. Which account the token belongs to is asked
 * once ({@code verify_credentials}) and kept in the cursor, and asked again when the token or the
 * instance changes.
 *
 * <p>Redirects are not followed, and every address is built from the instance's own (pagination
 * links are not followed), so the access token is only ever sent to the instance it was made for.
 */
public final class MastodonClient {

  static final int PAGE_SIZE = 40;

  /** Pages read per source and poll; a source never read before reads its newest page only. */
  static final int MAX_PAGES = 5;

  /**
   * Results two consecutive search pages share, so that a result deleted between the two requests
   * moves nothing unread past Relay.
   */
  static final int SEARCH_OVERLAP = 1;

  static final String VERIFY_CREDENTIALS = "/api/v1/accounts/verify_credentials";

  private static final Logger LOG = Logger.getLogger(MastodonClient.class.getName());
  private static final JsonProvider JSON = JsonProvider.provider();

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
   * <p>The first poll with a token asks the instance whose account it is. A source never read reads
   * its newest page; a source read before reads on from the cursor, for at most {@value #MAX_PAGES}
   * pages. When the rate limit runs low (a tenth of it is left to publishing replies), the poll
   * stops, returns what it read with a cursor that says exactly that, and sets {@link
   * MastodonPoll#notBefore()}.
   *
   * @throws ChannelException on any refused request, including 429, before the poll could finish;
   *     the cursor passed in then still holds
   */
  public MastodonPoll poll(MastodonAccount account, MastodonCursor cursor) throws ChannelException {
    Objects.requireNonNull(account, "account");
    MastodonCursor known = cursor == null ? MastodonCursor.empty() : cursor;
    Poll poll = new Poll(account);
    OwnAccount own =
        known.account() != null && known.account().isFor(account)
            ? known.account()
            : poll.ownAccount();
    // Ids of another instance, or notifications of another account, say nothing about this one.
    // A cursor stored before Relay knew the account is taken to be of this one.
    boolean sameAccount = known.account() == null || known.account().sameAccountAs(own);
    poll.own = own;
    Map<String, String> readUpTo = new LinkedHashMap<>();
    Map<String, SearchGap> gaps = new LinkedHashMap<>();
    for (String source : account.sources()) {
      Position position =
          sameAccount
              ? new Position(known.readUpTo(source), known.gap(source).orElse(null))
              : Position.NONE;
      if (poll.stopped()) {
        poll.behind.add(source);
      } else {
        position =
            source.startsWith(SEARCH)
                ? poll.readSearch(source, position)
                : poll.read(source, position);
        poll.sourceDone();
      }
      if (position.readUpTo() != null) {
        readUpTo.put(source, position.readUpTo());
      }
      if (position.gap() != null) {
        gaps.put(source, position.gap());
      }
    }
    return new MastodonPoll(
        List.copyOf(poll.posts.values()),
        new MastodonCursor(own, readUpTo, gaps),
        poll.rateLimit,
        poll.stopped() ? poll.rateLimit.reset() : null,
        poll.behind);
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

  private static final String SEARCH = "search:";

  /** Where a source was read up to, and for a search what it still has to read below that. */
  private record Position(String readUpTo, SearchGap gap) {
    static final Position NONE = new Position(null, null);
  }

  /** One poll in progress: what it read so far and the latest rate limit. Not shared. */
  private final class Poll {

    private final MastodonAccount account;
    private final Map<String, RawPost> posts = new LinkedHashMap<>();
    private final Set<String> behind = new TreeSet<>();
    private final List<Item> pending = new ArrayList<>();
    private OwnAccount own;
    private RateLimit rateLimit;

    Poll(MastodonAccount account) {
      this.account = account;
    }

    /** Whether the rate limit is down to what is left for publishing replies. */
    boolean stopped() {
      return rateLimit != null && rateLimit.remaining() <= Math.max(1, rateLimit.limit() / 10);
    }

    /** Asks the instance whose account the access token belongs to. */
    OwnAccount ownAccount() throws ChannelException {
      try {
        ChannelHttp.Response response = get(endpoint(account, VERIFY_CREDENTIALS, ""));
        JsonObject credentials = object(json(account, response), account);
        String id = text(credentials.get("id"));
        String acct = credentials.getString("acct", credentials.getString("username", ""));
        if (!validId(id) || acct.isBlank()) {
          throw new ChannelException(
              Reason.INVALID_CONTENT,
              server(account)
                  + " answered without the account's id and handle: check the instance address in"
                  + " the channel settings.",
              null,
              response.status(),
              null);
        }
        return new OwnAccount(
            OwnAccount.host(account), OwnAccount.digest(account.accessToken()), id, acct.strip());
      } catch (ChannelException e) {
        throw new ChannelException(
            e.reason(),
            "Relay could not learn the channel's own account (GET "
                + VERIFY_CREDENTIALS
                + "): "
                + e.getMessage(),
            e.retryAfter().orElse(null),
            e.httpStatus().orElse(0),
            e);
      }
    }

    /**
     * Reads the mentions or a hashtag on from {@code position}, oldest first: each page holds the
     * statuses right after the newest one read ({@code min_id}).
     */
    Position read(String source, Position position) throws ChannelException {
      if (position.readUpTo() == null) {
        List<Item> newest = items(source, entries(source, get(timelinePage(source, null))));
        handOn(newest);
        return new Position(newestOf(newest), null);
      }
      String readUpTo = position.readUpTo();
      for (int pages = 0; pages < MAX_PAGES; pages++) {
        if (stopped()) {
          behind.add(source);
          return new Position(readUpTo, null);
        }
        JsonArray entries = entries(source, get(timelinePage(source, readUpTo)));
        List<Item> after = new ArrayList<>();
        for (Item item : items(source, entries)) {
          if (ID_ORDER.compare(item.cursorId(), readUpTo) > 0) {
            after.add(item);
          }
        }
        handOn(after);
        if (after.isEmpty()) {
          return new Position(readUpTo, null);
        }
        readUpTo = newestOf(after);
        if (entries.size() < PAGE_SIZE) {
          return new Position(readUpTo, null);
        }
      }
      behind.add(source);
      return new Position(readUpTo, null);
    }

    /**
     * Reads a search on from {@code position}. Search results come newest first and page only by
     * offset, so a search reads down from the newest result until it meets one already read; if it
     * stops before (page limit, rate limit), what it skipped is a gap, which the next poll reads
     * first, before anything newer.
     */
    Position readSearch(String source, Position position) throws ChannelException {
      String query = source.substring(SEARCH.length());
      if (position.readUpTo() == null) {
        List<Item> newest = items(source, entries(source, get(searchPage(query, 0))));
        handOn(newest);
        return new Position(newestOf(newest), null);
      }
      Descent descent = new Descent(source, query, position.readUpTo());
      if (position.gap() != null) {
        SearchGap gap = position.gap();
        descent.from(gap.offset(), gap.below());
        if (!descent.reachedFloor) {
          behind.add(source);
          return new Position(
              position.readUpTo(),
              new SearchGap(descent.lowest, gap.newest(), descent.lowestOffset));
        }
        descent = new Descent(source, query, gap.newest(), descent.pagesLeft);
      }
      descent.from(0, null);
      if (descent.reachedFloor) {
        return new Position(descent.newest == null ? descent.floor : descent.newest, null);
      }
      behind.add(source);
      return descent.newest == null
          ? new Position(descent.floor, null)
          : new Position(
              descent.floor, new SearchGap(descent.lowest, descent.newest, descent.lowestOffset));
    }

    /**
     * One walk down a search's results, handing on those between {@code floor} (read already) and
     * the lowest one read so far.
     */
    private final class Descent {

      private final String source;
      private final String query;
      private final String floor;
      private int pagesLeft;
      private String newest;
      private String lowest;
      private int lowestOffset;
      private boolean reachedFloor;

      Descent(String source, String query, String floor) {
        this(source, query, floor, MAX_PAGES);
      }

      Descent(String source, String query, String floor, int pagesLeft) {
        this.source = source;
        this.query = query;
        this.floor = floor;
        this.pagesLeft = pagesLeft;
      }

      /**
       * Reads down from {@code position}. With {@code below} (going on with a gap that {@code
       * below} tops, last seen at {@code position}), the first page must still show a result read
       * before: if results above were deleted meanwhile, the unread ones have moved up, and the
       * walk starts a page higher.
       */
      void from(int position, String below) throws ChannelException {
        lowest = below;
        lowestOffset = position;
        boolean anchored = below == null;
        int offset = Math.max(0, position - SEARCH_OVERLAP);
        while (pagesLeft > 0 && !stopped()) {
          pagesLeft--;
          JsonArray entries = entries(source, get(searchPage(query, offset)));
          List<Item> items = items(source, entries);
          if (!anchored && offset > 0 && items.stream().noneMatch(this::readBefore)) {
            offset = Math.max(0, offset - PAGE_SIZE);
            continue;
          }
          anchored = true;
          List<Item> unread = new ArrayList<>();
          for (int index = 0; index < items.size() && !reachedFloor; index++) {
            Item item = items.get(index);
            if (ID_ORDER.compare(item.cursorId(), floor) <= 0) {
              reachedFloor = true;
            } else if (readBefore(item)) {
              // Above the lowest read: where that one is now, at the least.
              lowestOffset = offset + index;
            } else {
              unread.add(item);
              lowest = item.cursorId();
              lowestOffset = offset + index;
              if (newest == null) {
                newest = item.cursorId();
              }
            }
          }
          handOn(unread);
          if (reachedFloor || entries.isEmpty()) {
            reachedFloor = true;
            return;
          }
          offset += PAGE_SIZE - SEARCH_OVERLAP;
        }
      }

      /** Whether the result is the lowest read so far or above it (read, or newer than the gap). */
      private boolean readBefore(Item item) {
        return lowest != null && ID_ORDER.compare(item.cursorId(), lowest) >= 0;
      }
    }

    /** Keeps what a source read, to be handed on once the source is done. */
    private void handOn(List<Item> items) {
      pending.addAll(items);
    }

    /**
     * Hands on the public statuses the source read, oldest first, except the account's own: a
     * status already handed on by another source is not handed on again.
     */
    void sourceDone() {
      pending.stream()
          .sorted(Comparator.comparing(Item::cursorId, ID_ORDER))
          .map(Item::status)
          .filter(status -> status != null && isPublic(status))
          .filter(status -> !isOwn(original(status), own))
          .map(status -> toPost(status, account))
          .filter(Objects::nonNull)
          .forEach(post -> posts.putIfAbsent(post.externalId(), post));
      pending.clear();
    }

    private URI timelinePage(String source, String readUpTo) {
      String after = readUpTo == null ? "" : "&min_id=" + encode(readUpTo);
      if (source.equals(MastodonAccount.MENTIONS)) {
        return endpoint(
            account, "/api/v1/notifications", "types%5B%5D=mention&limit=" + PAGE_SIZE + after);
      }
      return endpoint(
          account,
          "/api/v1/timelines/tag/" + encode(source.substring("tag:".length())),
          "limit=" + PAGE_SIZE + after);
    }

    private URI searchPage(String query, int offset) {
      return endpoint(
          account,
          "/api/v2/search",
          "q="
              + encode(query)
              + "&type=statuses&resolve=false&limit="
              + PAGE_SIZE
              + (offset > 0 ? "&offset=" + offset : ""));
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

    /** The entries of a page: a timeline's array, or the statuses of a search result. */
    private JsonArray entries(String source, ChannelHttp.Response response)
        throws ChannelException {
      JsonStructure json = json(account, response);
      if (source.startsWith(SEARCH)) {
        return json instanceof JsonObject result
                && result.get("statuses") instanceof JsonArray found
            ? found
            : JsonValue.EMPTY_JSON_ARRAY;
      }
      return json instanceof JsonArray array ? array : JsonValue.EMPTY_JSON_ARRAY;
    }
  }

  /** A timeline entry: the id that orders it for the cursor, and its status if it has one. */
  private record Item(String cursorId, JsonObject status) {}

  private static List<Item> items(String source, JsonArray entries) {
    boolean notifications = source.equals(MastodonAccount.MENTIONS);
    List<Item> items = new ArrayList<>();
    for (JsonValue entry : entries) {
      if (entry instanceof JsonObject object && validId(object.getString("id", null))) {
        JsonObject status =
            notifications ? (object.get("status") instanceof JsonObject s ? s : null) : object;
        items.add(new Item(object.getString("id"), status));
      }
    }
    return items;
  }

  private static String newestOf(List<Item> items) {
    return items.stream().map(Item::cursorId).max(ID_ORDER).orElse(null);
  }

  /** The boosted status of a boost, otherwise the status itself. */
  private static JsonObject original(JsonObject status) {
    return status.get("reblog") instanceof JsonObject boosted ? boosted : status;
  }

  /** Whether the account itself posted the status: its id, or its handle on its own instance. */
  static boolean isOwn(JsonObject status, OwnAccount own) {
    if (!(status.get("account") instanceof JsonObject author)) {
      return false;
    }
    return own.id().equals(text(author.get("id")))
        || own.acct().equalsIgnoreCase(author.getString("acct", ""));
  }

  /** An id as Mastodon sends it (a string), or as a number some servers send; else null. */
  private static String text(JsonValue value) {
    if (value instanceof JsonString string) {
      return string.getString();
    }
    return value instanceof JsonNumber number && number.isIntegral() ? number.toString() : null;
  }

  private static URI endpoint(MastodonAccount account, String path, String query) {
    return URI.create(
        ChannelHttp.origin(account.instance()) + path + (query.isEmpty() ? "" : "?" + query));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
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
    JsonObject status = original(wrapper);
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
