package org.relay.listening;

import java.time.Instant;

/** What the portal and the API show of a mention. */
public record MentionSummary(
    long id,
    String channel,
    String externalId,
    String author,
    String text,
    String url,
    Instant postedAt,
    Instant receivedAt,
    String topic,
    MentionState state,
    boolean hotIssue,
    String language,
    String sentiment,
    Integer authorFollowers,
    String reach,
    boolean urgent,
    boolean employeeVoice) {}
