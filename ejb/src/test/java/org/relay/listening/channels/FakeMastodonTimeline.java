package org.relay.listening.channels;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A hashtag timeline and a status search that WireMock serves the way Mastodon documents them: a
 * timeline pages by {@code max_id}, {@code since_id} and {@code min_id} (the statuses right after
 * it), newest first, with {@code Link} headers; a search answers newest first and pages by {@code
 * offset}. Every answer counts against a rate limit stated in {@code X-RateLimit-*} headers; a
 * request past it is answered 429. Statuses can be posted and deleted between polls. Thread-safe.
 */
final class FakeMastodonTimeline implements ResponseDefinitionTransformerV2 {

  static final String NAME = "fake-mastodon-timeline";
  static final int RATE_LIMIT = 300;
  static final Instant RESET = Instant.parse("2026-11-22T12:05:00Z");

  /** Ids as Mastodon makes them: 18 digits, growing with time. */
  private static final long FIRST_ID = 113_500_000_000_001_000L;

  private final NavigableMap<Long, JsonObject> statuses = new TreeMap<>();
  private int remaining = RATE_LIMIT;
  private int served;
  private String linkOrigin;

  /** Starts afresh: no statuses, the whole rate limit, nothing served. */
  synchronized void reset() {
    statuses.clear();
    remaining = RATE_LIMIT;
    served = 0;
    linkOrigin = null;
  }

  /** Makes the {@code Link} headers point to another server, as a hostile instance might. */
  synchronized void linkTo(String origin) {
    linkOrigin = origin;
  }

  /** Posts {@code count} statuses with the hashtag, each newer than every one before. */
  synchronized List<String> post(int count) {
    List<String> ids = new ArrayList<>();
    long next = statuses.isEmpty() ? FIRST_ID : statuses.lastKey() + 1;
    for (int i = 0; i < count; i++, next++) {
      statuses.put(next, status(next));
      ids.add(String.valueOf(next));
    }
    return ids;
  }

  synchronized void delete(String id) {
    statuses.remove(Long.parseLong(id));
  }

  /** Requests left in the rate-limit window, as the next answer will count them down. */
  synchronized void remaining(int requests) {
    remaining = requests;
  }

  /** How many requests were answered. */
  synchronized int served() {
    return served;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
    Request request = serveEvent.getRequest();
    served++;
    if (remaining <= 0) {
      return answer(429, "{\"error\":\"Too many requests\"}", null);
    }
    remaining--;
    String path = URI.create(request.getUrl()).getPath();
    int limit = Math.min(40, param(request, "limit").map(Integer::parseInt).orElse(20));
    if (path.equals("/api/v2/search")) {
      int offset = param(request, "offset").map(Integer::parseInt).orElse(0);
      List<JsonObject> page =
          statuses.descendingMap().values().stream().skip(offset).limit(limit).toList();
      return answer(
          200,
          Json.createObjectBuilder()
              .add("accounts", Json.createArrayBuilder())
              .add("statuses", array(page))
              .add("hashtags", Json.createArrayBuilder())
              .build()
              .toString(),
          null);
    }
    NavigableMap<Long, JsonObject> range = statuses;
    Long minId = param(request, "min_id").map(Long::parseLong).orElse(null);
    Long sinceId = param(request, "since_id").map(Long::parseLong).orElse(null);
    Long maxId = param(request, "max_id").map(Long::parseLong).orElse(null);
    if (minId != null || sinceId != null) {
      range =
          range.tailMap(Math.max(minId == null ? 0 : minId, sinceId == null ? 0 : sinceId), false);
    }
    if (maxId != null) {
      range = range.headMap(maxId, false);
    }
    List<JsonObject> page =
        minId != null
            ? reversed(range.values().stream().limit(limit).toList())
            : range.descendingMap().values().stream().limit(limit).toList();
    String link = null;
    if (!page.isEmpty()) {
      String origin =
          linkOrigin != null ? linkOrigin : "http://" + request.getHost() + ":" + request.getPort();
      String base = origin + path + "?limit=" + limit;
      link =
          "<%s&max_id=%s>; rel=\"next\", <%s&min_id=%s>; rel=\"prev\""
              .formatted(
                  base,
                  page.get(page.size() - 1).getString("id"),
                  base,
                  page.get(0).getString("id"));
    }
    return answer(200, array(page).build().toString(), link);
  }

  private ResponseDefinition answer(int status, String body, String link) {
    ResponseDefinitionBuilder response =
        new ResponseDefinitionBuilder()
            .withStatus(status)
            .withHeader("Content-Type", "application/json; charset=utf-8")
            .withHeader("X-RateLimit-Limit", String.valueOf(RATE_LIMIT))
            .withHeader("X-RateLimit-Remaining", String.valueOf(remaining))
            .withHeader("X-RateLimit-Reset", RESET.toString())
            .withBody(body);
    if (link != null) {
      response.withHeader("Link", link);
    }
    return response.build();
  }

  private static Optional<String> param(Request request, String name) {
    QueryParameter parameter = request.queryParameter(name);
    return parameter.isPresent() ? Optional.of(parameter.firstValue()) : Optional.empty();
  }

  private static List<JsonObject> reversed(List<JsonObject> ascending) {
    List<JsonObject> descending = new ArrayList<>(ascending);
    Collections.reverse(descending);
    return descending;
  }

  private static JsonArrayBuilder array(List<JsonObject> statuses) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    statuses.forEach(array::add);
    return array;
  }

  /** A public status with the hashtag, by one of a few customers, in the shape Mastodon sends. */
  private static JsonObject status(long id) {
    String username = List.of("ana", "jonas", "lena", "max").get((int) (id % 4));
    String createdAt = Instant.parse("2026-11-22T11:00:00Z").plusMillis(id - FIRST_ID).toString();
    return Json.createObjectBuilder()
        .add("id", String.valueOf(id))
        .add("created_at", createdAt)
        .addNull("in_reply_to_id")
        .add("sensitive", false)
        .add("spoiler_text", "")
        .add("visibility", "public")
        .add("language", "en")
        .add("uri", "https://mastodon.example/users/" + username + "/statuses/" + id)
        .add("url", "https://mastodon.example/@" + username + "/" + id)
        .add(
            "content",
            "<p>Status "
                + id
                + " about the <a href=\"https://mastodon.example/tags/dell\" class=\"mention hashtag\" rel=\"tag\">#<span>dell</span></a> dock</p>")
        .addNull("reblog")
        .add(
            "account",
            Json.createObjectBuilder()
                .add("id", String.valueOf(109_000_000_000_000_100L + id % 4))
                .add("username", username)
                .add("acct", username)
                .add("followers_count", 10))
        .add("media_attachments", Json.createArrayBuilder())
        .add("mentions", Json.createArrayBuilder())
        .add(
            "tags",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("name", "dell")
                        .add("url", "https://mastodon.example/tags/dell")))
        .build();
  }
}
