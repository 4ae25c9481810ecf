package org.relay.training;

/** Where a person stands with a module. Only the last three keep them from answering mentions. */
public enum TrainingStatus {
  /** Completed, and valid for longer than the renewal notice. */
  CURRENT,
  /** Completed and still valid, but it expires within the renewal notice: re-certify soon. */
  EXPIRING,
  /**
   * Completed in a version before one that requires re-certification, and still counting until that
   * version's grace period ends (its due days after it was published): take the new version by
   * then.
   */
  NEW_VERSION_DUE,
  /** Every completion that counts has expired. */
  EXPIRED,
  /** Completed, but only versions before one that requires re-certification. */
  OUTDATED,
  /** Never completed. */
  MISSING;

  /** Whether this status keeps the person from claiming mentions and submitting drafts. */
  public boolean blocks() {
    return this == EXPIRED || this == OUTDATED || this == MISSING;
  }
}
