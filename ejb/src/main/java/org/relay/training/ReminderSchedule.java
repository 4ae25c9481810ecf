package org.relay.training;

import java.time.Duration;
import java.time.Instant;

/**
 * When to remind someone of an assignment: a week before it is due and a day before, or, for a
 * shorter assignment, half-way and at the last quarter. An assignment due already gets no reminder
 * (both moments are its due date, when it is escalated instead).
 */
record ReminderSchedule(Instant first, Instant last) {

  private static final Duration FIRST = Duration.ofDays(7);
  private static final Duration LAST = Duration.ofDays(1);

  static ReminderSchedule of(Instant assignedAt, Instant dueAt) {
    Duration span = Duration.between(assignedAt, dueAt);
    if (span.isNegative() || span.isZero()) {
      return new ReminderSchedule(dueAt, dueAt);
    }
    Duration first = FIRST.compareTo(span.dividedBy(2)) < 0 ? FIRST : span.dividedBy(2);
    Duration last = LAST.compareTo(span.dividedBy(4)) < 0 ? LAST : span.dividedBy(4);
    return new ReminderSchedule(dueAt.minus(first), dueAt.minus(last));
  }
}
