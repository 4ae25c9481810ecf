package org.relay.guidelines;

import java.time.Instant;

/**
 * A canned message as the library page, the draft editor and the API show it; {@code frozen} while
 * crisis-measures.dmn says a crisis freezes it (as deployed: a crisis on its topic or, for a
 * message without a topic, on any topic).
 */
public record CannedMessageView(
    long id,
    String title,
    String text,
    String topic,
    boolean retired,
    boolean frozen,
    long uses,
    String createdBy,
    String updatedBy,
    Instant updatedAt) {}
