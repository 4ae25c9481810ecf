package org.relay.training;

import java.time.Instant;
import java.util.Set;

/**
 * A module in a list: its version in force (0 before the first publication), the draft HR is
 * working on (if any) and its revision as listed (to publish exactly that draft), who must take it
 * and for how long a completion counts.
 */
public record ModuleSummary(
    long id,
    String title,
    String summary,
    int publishedVersion,
    Integer draftVersion,
    String draftRevision,
    boolean retired,
    Set<String> requiredRoles,
    Set<String> requiredDepartments,
    Set<String> coveredRules,
    int validityMonths,
    boolean quiz,
    Instant publishedAt,
    Instant retiredAt) {

  /** "draft", "published" or "retired". */
  public String state() {
    return retired ? "retired" : publishedVersion == 0 ? "draft" : "published";
  }
}
