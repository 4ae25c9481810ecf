package org.relay.engagement;

import java.time.Instant;
import java.util.List;
import org.relay.guidelines.Finding;

/** A draft revision and what the guidelines found in it. */
public record DraftView(
    long id, int revision, String author, String text, List<Finding> findings, Instant at) {}
