package org.relay.engagement;

import java.time.Instant;

/**
 * The open step "claim and draft a reply" of one mention's engagement: which department it is
 * offered to, how urgent it is, when its SLA runs out and who (if anyone) owns it.
 */
public record ReplyTask(
    String taskId,
    long mentionId,
    String department,
    String priority,
    Instant createdAt,
    Instant dueAt,
    String assignee) {

  public boolean isClaimed() {
    return assignee != null;
  }
}
