package org.relay.listening.channels;

import java.util.Map;

/**
 * Where the last poll of each source stopped: the newest id read per source key ("mentions",
 * "tag:dell", "search:dell xps"). For mentions it is a notification id, otherwise a status id.
 * Store it as {@link MastodonClient#poll} returns it.
 */
public record MastodonCursor(Map<String, String> sinceIdBySource) {

  public MastodonCursor {
    sinceIdBySource = sinceIdBySource == null ? Map.of() : Map.copyOf(sinceIdBySource);
    sinceIdBySource.forEach(
        (source, id) -> {
          if (!id.matches("[0-9A-Za-z]{1,64}")) {
            throw new IllegalArgumentException(
                "Not a Mastodon id: '" + id + "' (source " + source + ")");
          }
        });
  }

  /** The cursor of an account never polled: each source reads one page. */
  public static MastodonCursor empty() {
    return new MastodonCursor(Map.of());
  }

  /** The newest id read from the source, or {@code null}. */
  public String sinceId(String source) {
    return sinceIdBySource.get(source);
  }
}
