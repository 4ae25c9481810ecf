package org.relay.training;

/** How a completion came about. */
public enum CompletionSource {
  /** The employee passed the module's quiz in the portal. */
  QUIZ,
  /** The employee read a module without a quiz and said so. */
  READ,
  /** HR recorded training done elsewhere (a workshop), with a note. */
  RECORDED
}
