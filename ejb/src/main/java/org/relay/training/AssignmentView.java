package org.relay.training;

import java.time.Instant;
import java.util.Set;

/** An assignment as HR and leads see it, with the reminders sent and the escalation. */
public record AssignmentView(
    long id,
    long moduleId,
    String moduleTitle,
    String username,
    String displayName,
    Set<String> departments,
    AssignmentReason reason,
    AssignmentState state,
    Instant assignedAt,
    Instant dueAt,
    int remindersSent,
    Instant lastRemindedAt,
    Instant escalatedAt) {}
