package org.relay.engagement;

import java.time.Instant;

/**
 * The open step "claim and draft a reply" of one mention's engagement: the department it is offered
 * to, how urgent it is, when its SLA runs out, who owns it, and whether it has moved to the
 * department lead's queue (after twice the SLA).
 */
public record ReplyTask(
    String taskId,
    long mentionId,
    String department,
    String priority,
    Instant createdAt,
    Instant dueAt,
    String assignee,
    boolean withLead) {

  public boolean isClaimed() {
    return assignee != null;
  }

  ReplyTask assignedTo(String username) {
    return new ReplyTask(
        taskId, mentionId, department, priority, createdAt, dueAt, username, withLead);
  }
}
