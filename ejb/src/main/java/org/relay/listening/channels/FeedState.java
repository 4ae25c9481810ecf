package org.relay.listening.channels;

import java.time.Instant;
import java.util.Set;

/**
 * What Relay remembers of one feed between fetches, so that it asks conditionally and hands on only
 * entries it has not handed on before. Store it as it is returned and pass it to the next {@link
 * FeedReader#fetch}.
 *
 * @param etag the feed's last {@code ETag}, or {@code null}
 * @param lastModified the feed's last {@code Last-Modified}, verbatim, or {@code null}
 * @param newestSeen the newest entry date handed on so far, or {@code null} before the first fetch
 * @param idsAtNewest ids of the entries dated exactly {@code newestSeen}, plus ids of the undated
 *     entries in the last fetch (which have no date to compare)
 */
public record FeedState(
    String etag, String lastModified, Instant newestSeen, Set<String> idsAtNewest) {

  public FeedState {
    idsAtNewest = idsAtNewest == null ? Set.of() : Set.copyOf(idsAtNewest);
  }

  /** The state of a feed never fetched: every entry in it is new. */
  public static FeedState initial() {
    return new FeedState(null, null, null, Set.of());
  }
}
