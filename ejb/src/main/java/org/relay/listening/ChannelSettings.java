package org.relay.listening;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator sets on a channel. Which fields matter depends on the type: a feed needs
 * its URL; a Mastodon account its instance, an access token and what to watch.
 *
 * @param accessToken a new token, or blank to keep the stored one (tokens are never shown again)
 */
public record ChannelSettings(
    @NotBlank(message = "is required")
        @Pattern(
            regexp = "[a-z0-9][a-z0-9-]{0,39}",
            message = "must be a channel code: lower-case letters, digits and dashes, at most 40")
        String code,
    @NotNull(message = "is required (WEBHOOK, FEED, MASTODON or FILE)") ChannelType type,
    @NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters")
        String name,
    boolean enabled,
    @Size(max = 2000, message = "must be at most 2000 characters")
        @Pattern(regexp = "(https?://\\S+)?", message = "must be an http or https URL")
        String sourceUrl,
    @Size(max = 500, message = "must be at most 500 characters") String accessToken,
    @Size(max = 1000, message = "must be at most 1000 characters") String hashtags,
    @Size(max = 1000, message = "must be at most 1000 characters") String searchTerms,
    boolean watchMentions,
    @Min(value = 30, message = "must be at least 30 seconds")
        @Max(value = 86400, message = "must be at most a day (86400 seconds)")
        int pollSeconds) {}
