package org.relay.audit;

import java.time.Instant;

/** One line of a mention's timeline. */
public record TimelineEntry(
    Instant at, String actor, String action, String fromState, String toState, String detail) {}
