package org.relay.listening;

/** Where a mention stands in its engagement. */
public enum MentionState {
  /** Waiting in a department's (or its lead's) queue for someone to claim it. */
  NEW,
  /** An employee owns it and is drafting a reply. */
  CLAIMED,
  /** A draft was submitted: checks, any review it needs, then publishing. */
  SUBMITTED,
  /** A reviewer sent the draft back to its author. */
  CHANGES_REQUESTED,
  /** The reply is published. */
  RESPONDED,
  /** Closed as needing no reply, with a reason. */
  CLOSED,
  /** A reviewer rejected the reply; nothing is published. */
  REJECTED,
  /** Posted by a registered employee: kept for the record, never routed, not customers' voice. */
  EMPLOYEE_VOICE;

  public boolean isOpen() {
    return this != RESPONDED && this != CLOSED && this != REJECTED && this != EMPLOYEE_VOICE;
  }
}
