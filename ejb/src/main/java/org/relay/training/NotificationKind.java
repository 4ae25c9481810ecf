package org.relay.training;

/** What a training notification is about. */
public enum NotificationKind {
  ASSIGNED,
  REMINDER,
  OVERDUE,
  RECERTIFICATION,
  COMPLETED
}
