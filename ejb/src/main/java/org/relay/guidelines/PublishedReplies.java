package org.relay.guidelines;

import java.time.Instant;
import java.util.List;

/**
 * The replies Relay published, as the authenticity rule compares drafts with them. Implemented by
 * engagement, which owns publications; joins the caller's transaction.
 */
public interface PublishedReplies {

  /** Replies published at or after {@code since}, newest first, at most {@code max}. */
  List<PublishedReply> since(Instant since, int max);

  /** One published reply. */
  record PublishedReply(long id, String text, Instant publishedAt) {}
}
