package org.relay.training;

import java.time.Instant;

/**
 * The {@code training} process behind the training context: one instance per assignment, in the
 * caller's transaction. It sends the reminders and the escalation while the assignment is open, and
 * once it is completed waits for the completion to come up for renewal.
 */
public interface TrainingWorkflow {

  /** Starts following an open assignment: reminders at the two moments, escalation when due. */
  void assigned(
      long assignmentId,
      long moduleId,
      String username,
      Instant firstReminderAt,
      Instant lastReminderAt,
      Instant dueAt);

  /** The open assignment was completed; re-certification is to be assigned at {@code renewAt}. */
  void completed(long assignmentId, Instant renewAt);

  /**
   * A completion came without an open assignment (recorded for it as completed): wait until {@code
   * renewAt} to assign re-certification.
   */
  void completedUnassigned(long assignmentId, long moduleId, String username, Instant renewAt);

  /**
   * Ends the instance following the assignment (by its business key, the assignment's id), open or
   * waiting for renewal; nothing if it has ended already.
   */
  void withdraw(long assignmentId);
}
