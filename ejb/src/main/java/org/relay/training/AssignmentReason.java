package org.relay.training;

/** Why a module was assigned to someone. */
public enum AssignmentReason {
  /** They signed in to Relay for the first time and the module applies to them. */
  FIRST_SIGN_IN,
  /** A module (or a version with a wider audience) was published that applies to them. */
  NEWLY_REQUIRED,
  /** A version requiring re-certification was published; their completion no longer counts. */
  NEW_VERSION,
  /** Their completion expires soon (or has expired). */
  RECERTIFICATION,
  /** Their roles or departments changed and the module now applies to them. */
  ROLE_CHANGED,
  /** They completed it without being assigned it (by choice, or HR recorded a workshop). */
  UNASSIGNED
}
