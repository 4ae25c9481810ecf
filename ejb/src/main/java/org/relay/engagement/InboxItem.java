package org.relay.engagement;

import java.time.Instant;
import org.relay.listening.MentionState;

/** One line of an employee's inbox: the mention and the state of its reply task. */
public record InboxItem(
    long mentionId,
    String channel,
    String author,
    String text,
    String url,
    String topic,
    Instant postedAt,
    MentionState state,
    boolean hotIssue,
    String department,
    String priority,
    Instant dueAt,
    String assignee,
    boolean withLead) {

  public boolean claimed() {
    return assignee != null;
  }
}
