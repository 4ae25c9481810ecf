package org.relay.listening.channels;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What one poll of a Mastodon account read.
 *
 * @param posts the new statuses of every source, each once even when two sources found it
 * @param cursor the cursor to store and pass to the next poll
 * @param rateLimit the instance's rate limit after the last request, or {@code null} if it did not
 *     say
 * @param notBefore when the rate limit ran out during this poll: do not poll again before this;
 *     otherwise {@code null}
 * @param truncatedSources sources that had more new statuses than one poll reads (5 pages of 40);
 *     the oldest of those were skipped
 */
public record MastodonPoll(
    List<RawPost> posts,
    MastodonCursor cursor,
    RateLimit rateLimit,
    Instant notBefore,
    Set<String> truncatedSources) {

  public MastodonPoll {
    posts = List.copyOf(posts);
    truncatedSources = Set.copyOf(truncatedSources);
  }
}
