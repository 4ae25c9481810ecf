package org.relay.listening;

/** The stored mention, and whether this delivery created it or found it already there. */
public record IngestionResult(MentionSummary mention, boolean created) {}
