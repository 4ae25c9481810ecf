package org.relay.listening.channels;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The company's account on one Mastodon instance and what Relay listens to there.
 *
 * @param instance the instance's address, e.g. {@code https://mastodon.social}
 * @param accessToken an access token of the company's account (scopes {@code read} and {@code
 *     write:statuses}); never shown by {@link #toString()}
 * @param hashtags hashtags to follow, with or without "#"
 * @param searchTerms full-text searches to run (the instance must have search enabled)
 * @param mentions whether to read the account's mentions
 */
public record MastodonAccount(
    URI instance,
    String accessToken,
    List<String> hashtags,
    List<String> searchTerms,
    boolean mentions) {

  /** The cursor key of the mentions source. */
  public static final String MENTIONS = "mentions";

  public MastodonAccount {
    Objects.requireNonNull(instance, "instance");
    if (PlainText.webAddress(instance.toString()) == null || instance.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "A Mastodon instance must be an http or https address such as https://mastodon.social: "
              + instance);
    }
    if (accessToken == null || accessToken.isBlank()) {
      throw new IllegalArgumentException("A Mastodon account needs an access token");
    }
    hashtags = cleaned(hashtags, true);
    searchTerms = cleaned(searchTerms, false);
  }

  /**
   * The cursor keys of what this account listens to, mentions first: "mentions", "tag:dell",
   * "search:dell xps".
   */
  public List<String> sources() {
    List<String> sources = new ArrayList<>();
    if (mentions) {
      sources.add(MENTIONS);
    }
    hashtags.forEach(tag -> sources.add("tag:" + tag));
    searchTerms.forEach(term -> sources.add("search:" + term));
    return List.copyOf(sources);
  }

  @Override
  public String toString() {
    return "MastodonAccount[instance="
        + instance
        + ", accessToken=***, hashtags="
        + hashtags
        + ", searchTerms="
        + searchTerms
        + ", mentions="
        + mentions
        + "]";
  }

  /** Hashtags are case-insensitive on Mastodon, so they are kept in lower case without "#". */
  private static List<String> cleaned(List<String> values, boolean hashtags) {
    Set<String> cleaned = new LinkedHashSet<>();
    for (String value : values == null ? List.<String>of() : values) {
      String clean = value == null ? "" : value.strip();
      if (hashtags) {
        clean = clean.replaceFirst("^#+", "").toLowerCase(Locale.ROOT);
      }
      if (!clean.isEmpty()) {
        cleaned.add(clean);
      }
    }
    return List.copyOf(cleaned);
  }
}
