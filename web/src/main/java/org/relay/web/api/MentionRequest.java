package org.relay.web.api;

import java.time.Instant;
import org.relay.listening.NewMention;

/** The JSON a channel client posts to {@code /api/mentions}. */
public record MentionRequest(
    String channel, String externalId, String author, String text, String url, Instant postedAt) {

  NewMention toNewMention() {
    return new NewMention(channel, externalId, author, text, url, postedAt);
  }
}
