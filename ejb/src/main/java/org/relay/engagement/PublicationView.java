package org.relay.engagement;

import java.time.Instant;

/** A published reply. */
public record PublicationView(
    long mentionId, long draftId, String channel, String text, String url, Instant at) {}
