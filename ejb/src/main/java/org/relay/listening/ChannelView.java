package org.relay.listening;

import java.time.Instant;

/**
 * A channel and its status as administrators see it. The access token is never shown: only whether
 * one is set.
 *
 * @param mentions mentions stored from this channel
 * @param lastMentionAt when the latest of them arrived
 * @param postsSeen posts a poller read (polled channels only)
 * @param noise posts no listening query kept
 */
public record ChannelView(
    long id,
    String code,
    ChannelType type,
    String name,
    boolean enabled,
    String sourceUrl,
    boolean tokenSet,
    String hashtags,
    String searchTerms,
    boolean watchMentions,
    int pollSeconds,
    Instant lastPollAt,
    Instant lastSuccessAt,
    Instant nextPollAt,
    String lastError,
    long postsSeen,
    long noise,
    long errors,
    long mentions,
    Instant lastMentionAt) {

  /** A word for the status column: off, failing, waiting, or fine. */
  public String health() {
    if (!enabled) {
      return "off";
    }
    if (lastError != null) {
      return "failing";
    }
    if (type.isPolled() && lastSuccessAt == null) {
      return "waiting";
    }
    return "ok";
  }
}
