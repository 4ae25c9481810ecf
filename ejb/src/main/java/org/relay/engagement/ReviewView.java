package org.relay.engagement;

import java.time.Instant;

/** A reviewer's verdict as the portal shows it. */
public record ReviewView(
    long draftId, String kind, String reviewer, String outcome, String comment, Instant at) {}
