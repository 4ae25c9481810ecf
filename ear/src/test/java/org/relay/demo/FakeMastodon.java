package org.relay.demo;

import static org.relay.demo.SourceHttp.escape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relay.demo.SourceHttp.Answer;
import org.relay.demo.SourceHttp.Request;

/**
 * A Mastodon instance on which the demo company has the account {@code @relayhq}: every {@link
 * #EVERY} someone posts a public status from a pool ({@code /demo/mastodon-statuses.json}), most of
 * them mentioning the company, some with hashtags only, a few by the company itself. It speaks the
 * part of Mastodon's REST API that Relay uses: whose account the token is ({@code
 * verify_credentials}), mention notifications, hashtag timelines (with {@code since_id}, {@code
 * max_id}, {@code min_id}, {@code limit} and {@code Link} paging), status search (newest first,
 * paged by {@code offset}), and posting a status, with a bearer token, {@code Idempotency-Key} and
 * {@code X-RateLimit-*} headers. As on Mastodon, the company's own statuses, the replies Relay
 * publishes among them, are in the hashtag timelines and searches like anyone's.
 *
 * <p>Ids are Mastodon's: the time in milliseconds shifted left by 16 bits, so they grow across
 * restarts as they do on a real instance, and Relay's cursor stays valid. The instance keeps the
 * latest {@link #HISTORY} statuses of the pool in its timelines; replies are kept in memory for as
 * long as the demo runs. Thread-safe.
 */
final class FakeMastodon {

  static final String TOKEN = "demo-mastodon-token";
  static final String COMPANY = "relayhq";
  static final Duration EVERY = Duration.ofSeconds(30);
  static final int HISTORY = 10;
  static final int RATE_LIMIT = 300;
  static final Duration RATE_WINDOW = Duration.ofMinutes(5);
  static final int MAX_CHARACTERS = 500;

  private static final long SEED = 7_2025L;

  /** How Mastodon writes times: ISO 8601 in UTC, always with milliseconds. */
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private static final Pattern TAG_PATH = Pattern.compile("/api/v1/timelines/tag/([^/]+)");
  private static final String VERIFY_CREDENTIALS = "/api/v1/accounts/verify_credentials";
  private static final Pattern ENTITIES =
      Pattern.compile(
          "(?<mention>(?<![\\w@])@[A-Za-z0-9_]+(?:@[A-Za-z0-9.-]*[A-Za-z0-9])?)"
              + "|(?<tag>#[\\p{L}\\p{N}_]+)"
              + "|(?<link>https?://[^\\s<>\"]+[^\\s<>\".,;:!?)])");

  /** Someone on the fediverse; {@code acct} as Mastodon shows remote accounts, user@domain. */
  record Account(String acct, String name, int followers) {

    String username() {
      return acct.split("@", 2)[0];
    }
  }

  /** A status of the pool, before it is posted. */
  record Draft(String account, String language, String spoiler, String text) {}

  /** The pool as the resource file holds it. */
  record Pool(List<Account> accounts, List<Draft> statuses) {}

  /** A posted status; {@code inReplyToId} is set on replies. */
  record Status(
      long id,
      Instant createdAt,
      Account account,
      String language,
      String spoiler,
      String text,
      String inReplyToId,
      String visibility) {

    boolean mentions(String acct) {
      return Pattern.compile("(?<![\\w@])@" + Pattern.quote(acct) + "(?![\\w@-]|\\.\\w)")
          .matcher(text)
          .find();
    }

    List<String> tags() {
      List<String> tags = new ArrayList<>();
      Matcher found = ENTITIES.matcher(text);
      while (found.find()) {
        if (found.group("tag") != null) {
          tags.add(found.group("tag").substring(1).toLowerCase(Locale.ROOT));
        }
      }
      return tags;
    }

    boolean isPublic() {
      return visibility.equals("public") || visibility.equals("unlisted");
    }
  }

  /** A status with the replies that answer it, directly or further down the thread. */
  record Conversation(Status status, List<Status> replies) {}

  private final Rotation<Draft> rotation;
  private final Map<String, Account> accounts = new LinkedHashMap<>();
  private final Clock clock;
  private final String baseUrl;
  private final Map<Long, Status> replies = new ConcurrentHashMap<>();
  private final Map<String, Status> repliesByIdempotencyKey = new ConcurrentHashMap<>();
  private final AtomicInteger replySequence = new AtomicInteger();
  private final RateWindow rate = new RateWindow();

  FakeMastodon(Clock clock, String baseUrl) {
    Pool pool = load();
    pool.accounts().forEach(account -> accounts.put(account.acct(), account));
    for (Draft draft : pool.statuses()) {
      if (!accounts.containsKey(draft.account())) {
        throw new IllegalStateException("The demo status names no known account: " + draft);
      }
    }
    this.rotation = new Rotation<>(pool.statuses(), EVERY, SEED);
    this.clock = clock;
    this.baseUrl = baseUrl;
  }

  private static Pool load() {
    try (InputStream in = FakeMastodon.class.getResourceAsStream("/demo/mastodon-statuses.json")) {
      return SourceHttp.JSON.readValue(in, Pool.class);
    } catch (IOException e) {
      throw new IllegalStateException("The demo Mastodon statuses cannot be read", e);
    }
  }

  Answer handle(Request request) throws IOException {
    RateWindow.Use use = rate.use(clock.instant());
    Map<String, String> headers = use.headers();
    if (use.exceeded()) {
      return Answer.error(429, "Too many requests", headers);
    }
    Optional<String> token =
        request.header("Authorization").map(value -> value.replaceFirst("(?i)^Bearer\\s+", ""));
    if (token.isPresent() && !token.get().equals(TOKEN)) {
      return Answer.error(401, "The access token is invalid", headers);
    }
    String path = request.path();
    Matcher tag = TAG_PATH.matcher(path);
    boolean get = request.method().equals("GET");
    if (path.equals(VERIFY_CREDENTIALS) && get) {
      return token.isEmpty()
          ? Answer.error(401, "The access token is invalid", headers)
          : Answer.json(200, credentialAccount(), headers);
    }
    if (path.equals("/api/v1/notifications") && get) {
      return token.isEmpty()
          ? Answer.error(401, "The access token is invalid", headers)
          : notifications(request, headers);
    }
    if (tag.matches() && get) {
      String name = URLDecoder.decode(tag.group(1), StandardCharsets.UTF_8);
      return tagTimeline(request, name.toLowerCase(Locale.ROOT), headers);
    }
    if (path.equals("/api/v2/search") && get) {
      return search(request, headers);
    }
    if (path.equals("/api/v1/statuses") && request.method().equals("POST")) {
      return token.isEmpty()
          ? Answer.error(401, "The access token is invalid", headers)
          : post(request, headers);
    }
    return Answer.error(404, "Record not found", headers);
  }

  // Reading

  /** The pool's statuses the instance has now, newest first. */
  List<Status> timeline() {
    long newest = rotation.slotAt(clock.instant());
    List<Status> statuses = new ArrayList<>(HISTORY);
    for (long slot = newest; slot > newest - HISTORY; slot--) {
      statuses.add(posted(slot));
    }
    return statuses;
  }

  private Status posted(long slot) {
    Instant at = rotation.startOf(slot);
    Draft draft = rotation.itemOf(slot);
    return new Status(
        at.toEpochMilli() << 16,
        at,
        accounts.get(draft.account()),
        draft.language(),
        draft.spoiler() == null ? "" : draft.spoiler(),
        draft.text(),
        null,
        "public");
  }

  /**
   * What the hashtag timelines and searches list: the pool's statuses the instance has now and the
   * public replies posted here, newest first.
   */
  private List<Status> publicStatuses() {
    List<Status> statuses = new ArrayList<>(timeline());
    replies.values().stream().filter(Status::isPublic).forEach(statuses::add);
    statuses.sort(Comparator.comparingLong(Status::id).reversed());
    return statuses;
  }

  /** Any status ever posted here: one of the pool's (whatever its age) or a reply. */
  Optional<Status> find(String id) {
    long value;
    try {
      value = Long.parseLong(id);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    Status reply = replies.get(value);
    if (reply != null) {
      return Optional.of(reply);
    }
    long millis = value >>> 16;
    if ((value & 0xFFFF) != 0 || value < 0 || !rotation.isSlotStart(millis)) {
      return Optional.empty();
    }
    long slot = rotation.slotAt(Instant.ofEpochMilli(millis));
    return slot <= rotation.slotAt(clock.instant()) ? Optional.of(posted(slot)) : Optional.empty();
  }

  /**
   * The recent public statuses and every thread a reply was posted to, most recent activity first.
   */
  List<Conversation> conversations() {
    Map<Long, List<Status>> repliesByRoot = new LinkedHashMap<>();
    replies.values().stream()
        .filter(Status::isPublic)
        .sorted(Comparator.comparingLong(Status::id))
        .forEach(
            reply ->
                repliesByRoot
                    .computeIfAbsent(rootOf(reply).id(), id -> new ArrayList<>())
                    .add(reply));
    Map<Long, Conversation> threads = new LinkedHashMap<>();
    for (Status status : timeline()) {
      threads.put(
          status.id(),
          new Conversation(status, repliesByRoot.getOrDefault(status.id(), List.of())));
    }
    repliesByRoot.forEach(
        (rootId, answers) ->
            find(String.valueOf(rootId))
                .ifPresent(root -> threads.putIfAbsent(rootId, new Conversation(root, answers))));
    return threads.values().stream()
        .sorted(Comparator.comparingLong(FakeMastodon::lastActivity).reversed())
        .toList();
  }

  /** The conversation a status belongs to, from its first status on. */
  Conversation conversationOf(Status status) {
    Status root = rootOf(status);
    return conversations().stream()
        .filter(conversation -> conversation.status().id() == root.id())
        .findFirst()
        .orElse(new Conversation(root, List.of()));
  }

  private static long lastActivity(Conversation thread) {
    return thread.replies().isEmpty()
        ? thread.status().id()
        : thread.replies().get(thread.replies().size() - 1).id();
  }

  private Status rootOf(Status status) {
    Status root = status;
    for (int depth = 0; root.inReplyToId() != null && depth < 50; depth++) {
      Optional<Status> parent = find(root.inReplyToId());
      if (parent.isEmpty()) {
        break;
      }
      root = parent.get();
    }
    return root;
  }

  /** Mention notifications of the company account; Mastodon does not notify its own mentions. */
  private Answer notifications(Request request, Map<String, String> headers) {
    List<String> types = request.params("types[]");
    List<String> excluded = request.params("exclude_types[]");
    boolean mentions =
        (types.isEmpty() || types.contains("mention")) && !excluded.contains("mention");
    List<Status> mentioning =
        mentions
            ? publicStatuses().stream()
                .filter(status -> status.mentions(COMPANY) && !isCompany(status))
                .toList()
            : List.of();
    return page(
        request,
        mentioning,
        status -> status.id() | 1,
        status ->
            SourceHttp.JSON
                .createObjectNode()
                .put("id", String.valueOf(status.id() | 1))
                .put("type", "mention")
                .put("created_at", TIMESTAMP.format(status.createdAt()))
                .<ObjectNode>set("account", account(status.account()))
                .set("status", status(status)),
        40,
        80,
        headers);
  }

  private Answer tagTimeline(Request request, String tag, Map<String, String> headers) {
    List<Status> tagged =
        publicStatuses().stream().filter(status -> status.tags().contains(tag)).toList();
    return page(request, tagged, Status::id, this::status, 20, 40, headers);
  }

  /**
   * Full-text search of statuses: every word of the query, case-insensitive, newest first; {@code
   * offset} skips results, {@code max_id} and {@code min_id} bound them by id (Mastodon bounds them
   * by the time in the id, to the second).
   */
  private Answer search(Request request, Map<String, String> headers) {
    String query = request.param("q").orElse("").toLowerCase(Locale.ROOT).strip();
    String type = request.param("type").orElse("statuses");
    int limit = limit(request, 20, 40);
    int offset = Math.max(0, intParam(request, "offset"));
    Long maxId = idParam(request, "max_id");
    Long minId = idParam(request, "min_id");
    ArrayNode found = SourceHttp.JSON.createArrayNode();
    if (!query.isEmpty() && type.equals("statuses")) {
      List<String> words = List.of(query.split("\\s+"));
      Predicate<Status> matches =
          status -> {
            String text = (status.spoiler() + " " + status.text()).toLowerCase(Locale.ROOT);
            return words.stream().allMatch(text::contains);
          };
      publicStatuses().stream()
          .filter(status -> maxId == null || status.id() < maxId)
          .filter(status -> minId == null || status.id() > minId)
          .filter(matches)
          .skip(offset)
          .limit(limit)
          .forEach(status -> found.add(status(status)));
    }
    ObjectNode result = SourceHttp.JSON.createObjectNode();
    result.putArray("accounts");
    result.set("statuses", found);
    result.putArray("hashtags");
    return Answer.json(200, result, headers);
  }

  /**
   * One page of a timeline, newest first, the way Mastodon pages: {@code max_id} for older items,
   * {@code since_id} for the newest ones above an id, {@code min_id} for the oldest ones above it;
   * {@code Link} names the next (older) and previous (newer) page.
   */
  private <T> Answer page(
      Request request,
      List<T> newestFirst,
      Function<T, Long> idOf,
      Function<T, JsonNode> render,
      int defaultLimit,
      int maxLimit,
      Map<String, String> headers) {
    int limit = limit(request, defaultLimit, maxLimit);
    Long sinceId = idParam(request, "since_id");
    Long maxId = idParam(request, "max_id");
    Long minId = idParam(request, "min_id");
    List<T> candidates =
        newestFirst.stream()
            .filter(item -> sinceId == null || idOf.apply(item) > sinceId)
            .filter(item -> maxId == null || idOf.apply(item) < maxId)
            .filter(item -> minId == null || idOf.apply(item) > minId)
            .toList();
    List<T> page =
        minId != null
            ? candidates.subList(Math.max(0, candidates.size() - limit), candidates.size())
            : candidates.subList(0, Math.min(limit, candidates.size()));
    ArrayNode items = SourceHttp.JSON.createArrayNode();
    page.forEach(item -> items.add(render.apply(item)));
    Map<String, String> answerHeaders = new LinkedHashMap<>(headers);
    if (!page.isEmpty()) {
      String base = baseUrl + request.path() + "?" + keptParams(request) + "limit=" + limit;
      answerHeaders.put(
          "Link",
          "<"
              + base
              + "&max_id="
              + idOf.apply(page.get(page.size() - 1))
              + ">; rel=\"next\", <"
              + base
              + "&min_id="
              + idOf.apply(page.get(0))
              + ">; rel=\"prev\"");
    }
    return Answer.json(200, items, answerHeaders);
  }

  private static String keptParams(Request request) {
    StringBuilder kept = new StringBuilder();
    request
        .query()
        .forEach(
            (name, values) -> {
              if (!List.of("since_id", "max_id", "min_id", "limit").contains(name)) {
                values.forEach(
                    value ->
                        kept.append(encode(name)).append('=').append(encode(value)).append('&'));
              }
            });
    return kept.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static int limit(Request request, int defaultLimit, int maxLimit) {
    try {
      int asked = request.param("limit").map(Integer::parseInt).orElse(defaultLimit);
      return Math.max(1, Math.min(maxLimit, asked));
    } catch (NumberFormatException e) {
      return defaultLimit;
    }
  }

  private static int intParam(Request request, String name) {
    try {
      return request.param(name).map(String::strip).map(Integer::parseInt).orElse(0);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Long idParam(Request request, String name) {
    try {
      return request.param(name).filter(v -> !v.isBlank()).map(Long::parseLong).orElse(null);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean isCompany(Status status) {
    return status.account().acct().equals(COMPANY);
  }

  // Posting

  /** A status from the company's account; with the same Idempotency-Key, the first one again. */
  private Answer post(Request request, Map<String, String> headers) throws IOException {
    Map<String, String> fields = request.fields();
    String text = fields.getOrDefault("status", "");
    String visibility = fields.getOrDefault("visibility", "public");
    String inReplyToId = fields.get("in_reply_to_id");
    if (text.isBlank()) {
      return Answer.error(422, "Validation failed: Text can't be blank", headers);
    }
    if (text.codePointCount(0, text.length()) > MAX_CHARACTERS) {
      return Answer.error(
          422,
          "Validation failed: Text character limit of " + MAX_CHARACTERS + " exceeded",
          headers);
    }
    if (!List.of("public", "unlisted", "private", "direct").contains(visibility)) {
      return Answer.error(
          422, "Validation failed: Visibility is not included in the list", headers);
    }
    if (inReplyToId != null && !inReplyToId.isBlank() && find(inReplyToId).isEmpty()) {
      return Answer.error(404, "Record not found", headers);
    }
    String key = request.header("Idempotency-Key").orElse(null);
    Status created =
        key == null
            ? create(text, visibility, inReplyToId)
            : repliesByIdempotencyKey.computeIfAbsent(
                key, k -> create(text, visibility, inReplyToId));
    return Answer.json(200, status(created), headers);
  }

  private Status create(String text, String visibility, String inReplyToId) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    // The low 16 bits tell replies apart from the pool's statuses, which keep them zero.
    long id = (now.toEpochMilli() << 16) | (1 + replySequence.getAndIncrement() % 0xFFFE);
    Status status =
        new Status(
            id,
            now,
            accounts.get(COMPANY),
            "en",
            "",
            text,
            inReplyToId == null || inReplyToId.isBlank() ? null : inReplyToId,
            visibility);
    replies.put(id, status);
    return status;
  }

  // Rendering

  String urlOf(Status status) {
    return baseUrl + "/@" + status.account().acct() + "/" + status.id();
  }

  private ObjectNode account(Account account) {
    ObjectNode json = SourceHttp.JSON.createObjectNode();
    json.put("id", String.valueOf(Math.abs((long) account.acct().hashCode())))
        .put("username", account.username())
        .put("acct", account.acct())
        .put("display_name", account.name())
        .put("locked", false)
        .put("bot", false)
        .put("url", baseUrl + "/@" + account.acct())
        .put("followers_count", account.followers())
        .put("following_count", Math.min(account.followers(), 180))
        .put("statuses_count", 40 + account.followers() % 900)
        .put("note", "");
    return json;
  }

  /** The company's account as its own token sees it: with its {@code source} settings. */
  private ObjectNode credentialAccount() {
    ObjectNode json = account(accounts.get(COMPANY));
    ObjectNode source = json.putObject("source");
    source
        .put("privacy", "public")
        .put("sensitive", false)
        .put("language", "en")
        .put("note", "")
        .put("follow_requests_count", 0)
        .putArray("fields");
    return json;
  }

  private ObjectNode status(Status status) {
    ObjectNode json = SourceHttp.JSON.createObjectNode();
    json.put("id", String.valueOf(status.id()))
        .put("created_at", TIMESTAMP.format(status.createdAt()))
        .put("in_reply_to_id", status.inReplyToId())
        .put("sensitive", !status.spoiler().isEmpty())
        .put("spoiler_text", status.spoiler())
        .put("visibility", status.visibility())
        .put("language", status.language())
        .put("uri", baseUrl + "/users/" + status.account().username() + "/statuses/" + status.id())
        .put("url", urlOf(status))
        .put("replies_count", repliesTo(status.id()))
        .put("reblogs_count", 0)
        .put("favourites_count", (int) ((status.id() >>> 16) % 7))
        .put("content", html(status.text()))
        .putNull("reblog");
    json.set("account", account(status.account()));
    json.putArray("media_attachments");
    ArrayNode mentions = json.putArray("mentions");
    ArrayNode tags = json.putArray("tags");
    Matcher found = ENTITIES.matcher(status.text());
    while (found.find()) {
      if (found.group("mention") != null) {
        String acct = found.group("mention").substring(1);
        mentions
            .addObject()
            .put("username", acct.split("@", 2)[0])
            .put("acct", acct)
            .put("url", baseUrl + "/@" + acct);
      } else if (found.group("tag") != null) {
        String name = found.group("tag").substring(1).toLowerCase(Locale.ROOT);
        tags.addObject().put("name", name).put("url", baseUrl + "/tags/" + name);
      }
    }
    json.putArray("emojis");
    return json;
  }

  private int repliesTo(long id) {
    String parent = String.valueOf(id);
    return (int) replies.values().stream().filter(r -> parent.equals(r.inReplyToId())).count();
  }

  /** Text as Mastodon renders it: paragraphs, line breaks, mention, hashtag and link markup. */
  String html(String text) {
    StringBuilder html = new StringBuilder();
    for (String paragraph : text.strip().split("\\n\\s*\\n")) {
      html.append("<p>");
      Matcher found = ENTITIES.matcher(paragraph);
      int at = 0;
      while (found.find()) {
        html.append(escape(paragraph.substring(at, found.start())).replace("\n", "<br />"));
        if (found.group("mention") != null) {
          String acct = found.group("mention").substring(1);
          html.append("<span class=\"h-card\" translate=\"no\"><a href=\"")
              .append(escape(baseUrl + "/@" + acct))
              .append("\" class=\"u-url mention\">@<span>")
              .append(escape(acct.split("@", 2)[0]))
              .append("</span></a></span>");
        } else if (found.group("tag") != null) {
          String tag = found.group("tag").substring(1);
          html.append("<a href=\"")
              .append(escape(baseUrl + "/tags/" + tag.toLowerCase(Locale.ROOT)))
              .append("\" class=\"mention hashtag\" rel=\"tag\">#<span>")
              .append(escape(tag))
              .append("</span></a>");
        } else {
          String link = found.group("link");
          html.append("<a href=\"")
              .append(escape(link))
              .append("\" rel=\"nofollow noopener\" target=\"_blank\">")
              .append(escape(link))
              .append("</a>");
        }
        at = found.end();
      }
      html.append(escape(paragraph.substring(at)).replace("\n", "<br />")).append("</p>");
    }
    return html.toString();
  }

  /** Mastodon's rate limit: so many requests per window, counted for the whole instance here. */
  private static final class RateWindow {

    private Instant windowStart = Instant.EPOCH;
    private int used;

    /** One request's share of the limit. */
    record Use(int remaining, Instant reset, boolean exceeded) {

      Map<String, String> headers() {
        return Map.of(
            "X-RateLimit-Limit", String.valueOf(RATE_LIMIT),
            "X-RateLimit-Remaining", String.valueOf(remaining),
            "X-RateLimit-Reset", TIMESTAMP.format(reset));
      }
    }

    synchronized Use use(Instant now) {
      if (!now.isBefore(windowStart.plus(RATE_WINDOW))) {
        windowStart =
            Instant.ofEpochMilli(
                Math.floorDiv(now.toEpochMilli(), RATE_WINDOW.toMillis()) * RATE_WINDOW.toMillis());
        used = 0;
      }
      used++;
      return new Use(
          Math.max(0, RATE_LIMIT - used), windowStart.plus(RATE_WINDOW), used > RATE_LIMIT);
    }
  }
}
