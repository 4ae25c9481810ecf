package org.relay.engagement;

import java.time.Instant;

/**
 * A comment in a draft's thread, in reading order: {@code depth} 0 for a comment on the revision, 1
 * and more for replies; {@code revision} is the draft revision it is about.
 */
public record CommentView(
    long id,
    long draftId,
    int revision,
    Long parentId,
    int depth,
    String author,
    String body,
    Instant at) {}
