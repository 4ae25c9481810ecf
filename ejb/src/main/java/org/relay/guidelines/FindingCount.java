package org.relay.guidelines;

import java.time.Instant;

/**
 * How often a rule found something in one author's drafts within a period, and when last; {@code
 * refused} of them were submissions the rule blocked.
 */
public record FindingCount(String author, String ruleId, long count, long refused, Instant last) {

  /** Twice or more: worth a word, or a training module. */
  public boolean repeated() {
    return count >= 2;
  }
}
