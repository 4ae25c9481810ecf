package org.relay.engagement;

import java.time.Instant;

/** A department lead's task to follow up a mention that ran past its SLA. */
public record FollowUpTask(String taskId, long mentionId, String department, Instant createdAt) {}
