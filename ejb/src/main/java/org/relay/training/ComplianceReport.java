package org.relay.training;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Who has the training required of them: per department and module (the matrix), and per person and
 * module (the rows behind it). Only modules in force and the people they apply to are counted.
 */
public record ComplianceReport(
    List<ModuleRef> modules, List<DepartmentRow> departments, List<PersonModule> people) {

  /** A module in force, as a column of the matrix. */
  public record ModuleRef(long id, String title, int version) {}

  /** A department and its cell for each module (in the order of {@link #modules()}). */
  public record DepartmentRow(String department, List<Cell> cells) {}

  /**
   * How many of a department's people the module applies to, how many hold a current completion
   * (expiring ones included), how many of those expire soon, how many lack it and how many are
   * overdue.
   */
  public record Cell(
      long moduleId, int required, int current, int expiring, int lacking, int overdue) {

    /** The share of required people with a valid completion, in whole percent (100 if none). */
    public int percent() {
      return required == 0 ? 100 : current * 100 / required;
    }
  }

  /** One person and one module required of them. */
  public record PersonModule(
      String username,
      String displayName,
      Set<String> departments,
      long moduleId,
      String moduleTitle,
      TrainingStatus status,
      Instant completedAt,
      Instant expiresAt,
      CompletionSource source,
      Long assignmentId,
      Instant dueAt,
      Instant lastRemindedAt,
      boolean overdue) {}
}
