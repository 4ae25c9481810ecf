package org.relay.engagement;

import java.time.Instant;

/**
 * A step of a mention's engagement that failed after all its retries (an incident), for example a
 * reply the channel would not take: what failed, why, and since when.
 */
public record StuckStep(String id, long mentionId, String step, String reason, Instant since) {}
