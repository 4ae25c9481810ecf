package org.relay.listening.channels;

import java.time.Instant;

/**
 * A source's rate limit as its last answer stated it.
 *
 * @param limit requests allowed per window
 * @param remaining requests left in the current window
 * @param reset when the window starts afresh
 */
public record RateLimit(int limit, int remaining, Instant reset) {}
