package org.relay.listening.channels;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What one poll of a Mastodon account read.
 *
 * @param posts the new statuses of every source, each source's oldest first, each status once even
 *     when two sources found it; never the account's own statuses
 * @param cursor the cursor to store and pass to the next poll, which goes on where this one stopped
 * @param rateLimit the instance's rate limit after the last request, or {@code null} if it did not
 *     say
 * @param notBefore when the poll stopped because the rate limit ran low: do not poll again before
 *     this; otherwise {@code null}
 * @param behindSources sources that had more new statuses than one poll reads ({@value
 *     MastodonClient#MAX_PAGES} pages each) or than the rate limit let it read: the next poll reads
 *     on from where this one stopped, so poll again soon
 */
public record MastodonPoll(
    List<RawPost> posts,
    MastodonCursor cursor,
    RateLimit rateLimit,
    Instant notBefore,
    Set<String> behindSources) {

  public MastodonPoll {
    posts = List.copyOf(posts);
    behindSources = Set.copyOf(behindSources);
  }

  /** Whether a source has more to read than this poll read. */
  public boolean behind() {
    return !behindSources.isEmpty();
  }
}
