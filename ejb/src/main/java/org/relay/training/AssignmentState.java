package org.relay.training;

/** An assignment is open until completed, or withdrawn when the module no longer applies. */
public enum AssignmentState {
  OPEN,
  COMPLETED,
  WITHDRAWN
}
