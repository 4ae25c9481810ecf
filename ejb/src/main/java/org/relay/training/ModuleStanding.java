package org.relay.training;

import java.time.Instant;

/**
 * Where a person stands with one module: whether it is required of them, its status, when an open
 * assignment is due, and the completion that counts (with its certificate).
 */
public record ModuleStanding(
    long moduleId,
    String title,
    int version,
    boolean required,
    TrainingStatus status,
    Long assignmentId,
    AssignmentReason reason,
    Instant dueAt,
    Long completionId,
    Instant completedAt,
    Instant expiresAt) {

  public boolean overdueAt(Instant now) {
    return dueAt != null && !dueAt.isAfter(now);
  }
}
