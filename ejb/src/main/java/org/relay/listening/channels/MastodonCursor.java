package org.relay.listening.channels;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How far Relay has read each source of a Mastodon account, and whose account the access token is.
 * Store it as {@link MastodonClient#poll} returns it ({@link #toJson()}), and pass it to the next
 * poll: that poll goes on exactly where this one stopped.
 *
 * @param account the account the access token belonged to when it was last asked, or {@code null}
 *     before the first poll
 * @param readUpTo per source key ("mentions", "tag:dell", "search:dell xps"), the id up to which
 *     every entry has been read and handed on: a notification id for mentions, otherwise a status
 *     id. A source without one reads its newest page only.
 * @param searchGaps per search that a poll left unfinished: what it read, and where to go on
 */
public record MastodonCursor(
    OwnAccount account, Map<String, String> readUpTo, Map<String, SearchGap> searchGaps) {

  private static final JsonProvider JSON = JsonProvider.provider();

  public MastodonCursor {
    Map<String, String> read = Map.copyOf(readUpTo == null ? Map.of() : readUpTo);
    read.forEach((source, id) -> requireId(id, source));
    searchGaps = Map.copyOf(searchGaps == null ? Map.of() : searchGaps);
    searchGaps.forEach(
        (source, gap) -> {
          if (!read.containsKey(source)
              || MastodonClient.ID_ORDER.compare(gap.below(), read.get(source)) <= 0) {
            throw new IllegalArgumentException(
                "A gap of " + source + " must lie above where it was read up to");
          }
        });
    readUpTo = read;
  }

  /** The cursor of an account never polled: its account is asked, each source reads one page. */
  public static MastodonCursor empty() {
    return new MastodonCursor(null, Map.of(), Map.of());
  }

  /** The id up to which the source was read, or {@code null}. */
  public String readUpTo(String source) {
    return readUpTo.get(source);
  }

  /** What is left to read of a search that a poll did not finish. */
  public Optional<SearchGap> gap(String source) {
    return Optional.ofNullable(searchGaps.get(source));
  }

  /**
   * The account of an access token, as {@code GET /api/v1/accounts/verify_credentials} said.
   *
   * @param instance the instance's host name, e.g. {@code mastodon.social}: what names an instance
   *     on the fediverse, whatever scheme or port its address is given with
   * @param tokenDigest a digest of the access token (never the token), to notice a new token
   * @param id the account's id on that instance
   * @param acct its handle there, {@code relayhq}
   */
  public record OwnAccount(String instance, String tokenDigest, String id, String acct) {

    public OwnAccount {
      Objects.requireNonNull(instance, "instance");
      Objects.requireNonNull(tokenDigest, "tokenDigest");
      requireId(id, "account");
      Objects.requireNonNull(acct, "acct");
    }

    /** Whether this is what was learnt for this instance and this very access token. */
    public boolean isFor(MastodonAccount account) {
      return instance.equals(host(account)) && tokenDigest.equals(digest(account.accessToken()));
    }

    /** The host name that names the account's instance. */
    static String host(MastodonAccount account) {
      return account.instance().getHost().toLowerCase(Locale.ROOT);
    }

    /** Whether both are the same account on the same instance, whatever their tokens. */
    public boolean sameAccountAs(OwnAccount other) {
      return other != null && instance.equals(other.instance) && id.equals(other.id);
    }

    /** A SHA-256 digest of the token, so that the cursor never holds the token itself. */
    static String digest(String accessToken) {
      try {
        byte[] hash =
            MessageDigest.getInstance("SHA-256")
                .digest(accessToken.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("Every Java runtime has SHA-256", e);
      }
    }
  }

  /**
   * A search read from its newest results down that stopped before it reached {@code readUpTo}
   * (search pages only from the newest result down). The results from {@code below} up to {@code
   * newest} were read and handed on; those between {@code readUpTo} and {@code below} are still to
   * read.
   *
   * @param below the oldest result read
   * @param newest the newest result read: where the search is read up to once the gap is closed
   * @param offset where {@code below} was in the results (at least), to go on from there
   */
  public record SearchGap(String below, String newest, int offset) {

    public SearchGap {
      requireId(below, "below");
      requireId(newest, "newest");
      if (MastodonClient.ID_ORDER.compare(below, newest) > 0 || offset < 0) {
        throw new IllegalArgumentException("Not a gap: " + below + ".." + newest + " @" + offset);
      }
    }
  }

  /** The cursor as the channel stores it. */
  public String toJson() {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    if (account != null) {
      json.add(
          "account",
          JSON.createObjectBuilder()
              .add("instance", account.instance())
              .add("tokenDigest", account.tokenDigest())
              .add("id", account.id())
              .add("acct", account.acct()));
    }
    JsonObjectBuilder read = JSON.createObjectBuilder();
    new TreeMap<>(readUpTo).forEach(read::add);
    json.add("readUpTo", read);
    if (!searchGaps.isEmpty()) {
      JsonObjectBuilder gaps = JSON.createObjectBuilder();
      new TreeMap<>(searchGaps)
          .forEach(
              (source, gap) ->
                  gaps.add(
                      source,
                      JSON.createObjectBuilder()
                          .add("below", gap.below())
                          .add("newest", gap.newest())
                          .add("offset", gap.offset())));
      json.add("searchGaps", gaps);
    }
    return json.build().toString();
  }

  /**
   * The cursor a channel stored: this format, or the one before it ({@code sinceIdBySource}, the
   * newest id read per source, which means the same as {@code readUpTo}).
   *
   * @throws IllegalArgumentException if it is not a cursor
   */
  public static MastodonCursor fromJson(String stored) {
    if (stored == null || stored.isBlank()) {
      return empty();
    }
    try (JsonReader reader = JSON.createReader(new StringReader(stored))) {
      JsonObject json = reader.readObject();
      OwnAccount account = null;
      if (json.get("account") instanceof JsonObject own) {
        account =
            new OwnAccount(
                own.getString("instance"),
                own.getString("tokenDigest"),
                own.getString("id"),
                own.getString("acct"));
      }
      JsonObject read =
          json.get("readUpTo") instanceof JsonObject current
              ? current
              : json.get("sinceIdBySource") instanceof JsonObject legacy
                  ? legacy
                  : JsonValue.EMPTY_JSON_OBJECT;
      Map<String, String> readUpTo = new LinkedHashMap<>();
      read.forEach((source, id) -> readUpTo.put(source, ((JsonString) id).getString()));
      Map<String, SearchGap> gaps = new LinkedHashMap<>();
      if (json.get("searchGaps") instanceof JsonObject storedGaps) {
        storedGaps.forEach(
            (source, value) -> {
              JsonObject gap = value.asJsonObject();
              gaps.put(
                  source,
                  new SearchGap(
                      gap.getString("below"),
                      gap.getString("newest"),
                      ((JsonNumber) gap.get("offset")).intValueExact()));
            });
      }
      return new MastodonCursor(account, readUpTo, gaps);
    } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException e) {
      throw new IllegalArgumentException("Not a Mastodon cursor: " + e.getMessage(), e);
    }
  }

  private static void requireId(String id, String what) {
    if (id == null || !id.matches("[0-9A-Za-z]{1,64}")) {
      throw new IllegalArgumentException("Not a Mastodon id: '" + id + "' (" + what + ")");
    }
  }
}
