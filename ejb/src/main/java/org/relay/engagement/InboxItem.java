package org.relay.engagement;

import java.time.Instant;

/** One line of an employee's inbox: the mention and the state of its reply task. */
public record InboxItem(
    long mentionId,
    String channel,
    String author,
    String text,
    String url,
    String topic,
    Instant postedAt,
    String department,
    String priority,
    Instant dueAt,
    String assignee) {

  public boolean claimed() {
    return assignee != null;
  }
}
