package org.relay.web.api;

import java.time.Instant;
import org.relay.listening.NewMention;

/**
 * The JSON a channel client posts to {@code /api/mentions}: channel, externalId, author, text and
 * postedAt are required; url, authorFollowers, inReplyTo and language are optional.
 */
public record MentionRequest(
    String channel,
    String externalId,
    String author,
    String text,
    String url,
    Instant postedAt,
    Integer authorFollowers,
    String inReplyTo,
    String language) {

  NewMention toNewMention() {
    return new NewMention(
        channel, externalId, author, text, url, postedAt, authorFollowers, inReplyTo, language);
  }
}
