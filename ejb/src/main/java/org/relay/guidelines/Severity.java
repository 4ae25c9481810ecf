package org.relay.guidelines;

/** How much a finding weighs: informs, warns, sends the draft to review, or blocks it. */
public enum Severity {
  INFO,
  WARN,
  NEEDS_REVIEW,
  BLOCK
}
