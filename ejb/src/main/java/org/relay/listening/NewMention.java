package org.relay.listening;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A post as a channel hands it to Relay, before it is accepted.
 *
 * @param authorFollowers the author's followers where the channel knows them (reach)
 * @param inReplyTo the channel's id of the post this one answers
 * @param language the channel's language tag; classification detects it when absent
 */
public record NewMention(
    @NotBlank(message = "is required")
        @Pattern(
            regexp = "[a-z0-9][a-z0-9-]{0,39}",
            message = "must be a channel code: lower-case letters, digits and dashes, at most 40")
        String channel,
    @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String externalId,
    @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String author,
    @NotBlank(message = "is required")
        @Size(max = 10000, message = "must be at most 10000 characters")
        String text,
    @Size(max = 2000, message = "must be at most 2000 characters")
        @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        String url,
    @NotNull(message = "is required (ISO-8601, e.g. 2026-11-22T09:15:00Z)") Instant postedAt,
    @PositiveOrZero(message = "must be zero or more") Integer authorFollowers,
    @Size(max = 200, message = "must be at most 200 characters") String inReplyTo,
    @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code, e.g. en")
        String language) {

  /** A mention without the optional followers, reply-to and language. */
  public NewMention(
      String channel, String externalId, String author, String text, String url, Instant postedAt) {
    this(channel, externalId, author, text, url, postedAt, null, null, null);
  }
}
