package org.relay.engagement;

import java.time.Instant;

/**
 * An open review of a draft by legal or PR ({@code kind}), with the policy's reason, and whether it
 * has been handed to the reviewers' lead (review SLA passed).
 */
public record ReviewTask(
    String taskId,
    long mentionId,
    String kind,
    String reason,
    Instant createdAt,
    Instant dueAt,
    boolean withLead) {}
