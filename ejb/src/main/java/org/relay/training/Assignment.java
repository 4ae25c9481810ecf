package org.relay.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * A module someone has to complete by a due date, and what was done to get it done: reminders sent,
 * the escalation to their department's lead once overdue. At most one is open per person and module
 * (the database's unique {@code open_key}). Each one is followed by a {@code training} process
 * instance whose business key is its id.
 */
@Entity
@Table(name = "training_assignment")
@NamedQuery(
    name = "Assignment.findOpen",
    query = "select a from Assignment a where a.openKey = :openKey")
@NamedQuery(
    name = "Assignment.findOpenByUser",
    query =
        "select a from Assignment a where a.username = :username and a.state = :state"
            + " order by a.dueAt")
@NamedQuery(
    name = "Assignment.findByState",
    query = "select a from Assignment a where a.state = :state order by a.dueAt")
@NamedQuery(
    name = "Assignment.findOpenByModule",
    query =
        "select a from Assignment a where a.moduleId = :moduleId and a.state = :state"
            + " order by a.dueAt")
@NamedQuery(
    name = "Assignment.findCycles",
    query =
        "select a from Assignment a where a.moduleId = :moduleId and a.state <> :withdrawn"
            + " order by a.assignedAt, a.id")
@NamedQuery(
    name = "Assignment.findCyclesOf",
    query =
        "select a from Assignment a where a.moduleId = :moduleId and a.username = :username"
            + " and a.state <> :withdrawn order by a.assignedAt, a.id")
@NamedQuery(
    name = "Assignment.findOverdue",
    query =
        "select a from Assignment a where a.state = :state and a.dueAt <= :now order by a.dueAt")
public class Assignment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_assignment_seq")
  @SequenceGenerator(
      name = "training_assignment_seq",
      sequenceName = "training_assignment_seq",
      allocationSize = 50)
  private Long id;

  @Version
  @Column(name = "lock_version")
  private int lockVersion;

  @Column(name = "module_id", nullable = false)
  private long moduleId;

  @Column(nullable = false, length = 200)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  /** The person's departments when it was assigned, comma-separated: whose leads hear of it. */
  @Column(nullable = false, length = 1000)
  private String departments;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private AssignmentReason reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AssignmentState state;

  @Column(name = "open_key", length = 250, unique = true)
  private String openKey;

  @Column(name = "assigned_at", nullable = false)
  private Instant assignedAt;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "reminders_sent", nullable = false)
  private int remindersSent;

  @Column(name = "last_reminded_at")
  private Instant lastRemindedAt;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "completion_id")
  private Long completionId;

  protected Assignment() {}

  Assignment(
      long moduleId, Trainee trainee, AssignmentReason reason, Instant assignedAt, Instant dueAt) {
    this.moduleId = moduleId;
    this.username = trainee.username();
    this.displayName = trainee.displayName();
    this.departments = String.join(",", new TreeSet<>(trainee.departments()));
    this.reason = reason;
    this.state = AssignmentState.OPEN;
    this.openKey = openKey(moduleId, trainee.username());
    this.assignedAt = assignedAt;
    this.dueAt = dueAt;
  }

  static String openKey(long moduleId, String username) {
    return moduleId + ":" + username;
  }

  void complete(Completion completion, Instant at) {
    state = AssignmentState.COMPLETED;
    openKey = null;
    completionId = completion.getId();
    closedAt = at;
  }

  void withdraw(Instant at) {
    state = AssignmentState.WITHDRAWN;
    openKey = null;
    closedAt = at;
  }

  void reminded(Instant at) {
    remindersSent++;
    lastRemindedAt = at;
  }

  void escalated(Instant at) {
    escalatedAt = at;
  }

  public boolean isOpen() {
    return state == AssignmentState.OPEN;
  }

  public boolean isOverdueAt(Instant now) {
    return isOpen() && !dueAt.isAfter(now);
  }

  public Set<String> departmentSet() {
    return departments.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(departments.split(",")));
  }

  public Long getId() {
    return id;
  }

  public long getModuleId() {
    return moduleId;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public AssignmentReason getReason() {
    return reason;
  }

  public AssignmentState getState() {
    return state;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public int getRemindersSent() {
    return remindersSent;
  }

  public Instant getLastRemindedAt() {
    return lastRemindedAt;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public Long getCompletionId() {
    return completionId;
  }
}
