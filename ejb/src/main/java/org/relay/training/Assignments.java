package org.relay.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Assigning modules, completing them, reminding and escalating: the rules every entry (the portal,
 * the API, the process) shares, in the caller's transaction. Each assignment is followed by a
 * {@code training} process instance; this class keeps the two in step.
 */
@ApplicationScoped
public class Assignments {

  /** Who the process's own steps are recorded as. */
  static final String SYSTEM = "relay";

  /** How messages show a moment: "15 Mar 2027, 00:00 CET", in the company's zone. */
  static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH);

  @Inject AssignmentRepository assignments;
  @Inject CompletionRepository completions;
  @Inject NotificationRepository notifications;
  @Inject TrainingWorkflow workflow;
  @Inject TrainingClock clock;

  /** Where the person stands with the module now. */
  Standing standing(TrainingModule module, String username) {
    return Standing.of(
        module, completions.findByUserAndModule(username, module.getId()), clock.now());
  }

  /**
   * Assigns the module to the person unless their completion is current or an assignment is open:
   * due after the version's due days, or, when it is only expiring, on its expiry, or, when a new
   * version requires re-certification and their earlier completion still counts, at the end of the
   * new version's grace period.
   */
  Optional<Assignment> assignIfNeeded(
      TrainingModule module, ModuleVersion version, Trainee trainee, AssignmentReason reason) {
    if (assignments.findOpen(module.getId(), trainee.username()).isPresent()) {
      return Optional.empty();
    }
    Standing standing = standing(module, trainee.username());
    Instant now = clock.now();
    return switch (standing.status()) {
      case CURRENT -> Optional.empty();
      case EXPIRING ->
          Optional.of(
              assign(
                  module,
                  trainee,
                  AssignmentReason.RECERTIFICATION,
                  standing.best().getExpiresAt(),
                  null));
      case EXPIRED ->
          Optional.of(
              assign(
                  module,
                  trainee,
                  AssignmentReason.RECERTIFICATION,
                  now.plus(Duration.ofDays(version.getDueDays())),
                  null));
      case NEW_VERSION_DUE ->
          Optional.of(
              assign(
                  module,
                  trainee,
                  AssignmentReason.NEW_VERSION,
                  module.getRecertifyGraceUntil(),
                  null));
      case OUTDATED ->
          Optional.of(
              assign(
                  module,
                  trainee,
                  AssignmentReason.NEW_VERSION,
                  now.plus(Duration.ofDays(version.getDueDays())),
                  null));
      case MISSING ->
          Optional.of(
              assign(
                  module, trainee, reason, now.plus(Duration.ofDays(version.getDueDays())), null));
    };
  }

  /**
   * Opens an assignment, tells the person and starts its process instance; the instances of the
   * person's earlier cycles of the module end (except {@code supersedes}, the one assigning this).
   */
  Assignment assign(
      TrainingModule module,
      Trainee trainee,
      AssignmentReason reason,
      Instant dueAt,
      Long supersedes) {
    Instant now = clock.now();
    Assignment assignment =
        assignments.store(new Assignment(module.getId(), trainee, reason, now, dueAt));
    notify(
        Notification.person(trainee.username()),
        NotificationKind.ASSIGNED,
        module,
        trainee.username(),
        "\""
            + module.getTitle()
            + "\" is assigned to you ("
            + describe(reason)
            + "): complete it by "
            + date(dueAt)
            + ".",
        SYSTEM);
    endEarlierCycles(module, trainee.username(), assignment.getId(), supersedes);
    ReminderSchedule reminders = ReminderSchedule.of(now, dueAt);
    workflow.assigned(
        assignment.getId(),
        module.getId(),
        trainee.username(),
        reminders.first(),
        reminders.last(),
        dueAt);
    return assignment;
  }

  /**
   * Records a completion of the version and closes the person's open assignment with it (or records
   * a completed one), so that the process waits for the best completion to come up for renewal.
   */
  Completion complete(
      TrainingModule module,
      ModuleVersion version,
      Trainee trainee,
      CompletionSource source,
      Integer score,
      Instant completedAt,
      String recordedBy,
      String note) {
    Instant now = clock.now();
    Completion completion =
        completions.store(
            new Completion(
                version, trainee, source, score, completedAt, now, recordedBy, note, clock.zone()));
    List<Completion> all =
        new ArrayList<>(completions.findByUserAndModule(trainee.username(), module.getId()));
    if (all.stream().noneMatch(c -> c.getId().equals(completion.getId()))) {
      all.add(completion);
    }
    Instant renewAt = Standing.of(module, all, now).renewAt();
    Optional<Assignment> open = assignments.findOpen(module.getId(), trainee.username());
    if (open.isPresent()) {
      open.get().complete(completion, now);
      assignments.flush(
          "\""
              + module.getTitle()
              + "\" was completed for "
              + trainee.displayName()
              + " at the same moment by someone else: reload to see it.");
      workflow.completed(open.get().getId(), renewAt);
    } else {
      Assignment record =
          assignments.store(
              new Assignment(
                  module.getId(), trainee, AssignmentReason.UNASSIGNED, now, completedAt));
      record.complete(completion, now);
      endEarlierCycles(module, trainee.username(), record.getId(), null);
      workflow.completedUnassigned(record.getId(), module.getId(), trainee.username(), renewAt);
    }
    if (source == CompletionSource.RECORDED) {
      notify(
          Notification.person(trainee.username()),
          NotificationKind.COMPLETED,
          module,
          trainee.username(),
          recordedBy
              + " recorded that you completed \""
              + module.getTitle()
              + "\" on "
              + date(completedAt)
              + ": "
              + note,
          recordedBy);
    }
    return completion;
  }

  /** Reminds the person of an open assignment that is not yet due; false if nothing was sent. */
  boolean remind(Assignment assignment, TrainingModule module, String by) {
    Instant now = clock.now();
    if (!assignment.isOpen() || (SYSTEM.equals(by) && !assignment.getDueAt().isAfter(now))) {
      return false;
    }
    String when =
        assignment.getDueAt().isAfter(now)
            ? "is due on " + date(assignment.getDueAt())
            : "was due on " + date(assignment.getDueAt()) + " and is overdue";
    notify(
        Notification.person(assignment.getUsername()),
        NotificationKind.REMINDER,
        module,
        assignment.getUsername(),
        "Reminder: \"" + module.getTitle() + "\" " + when + ".",
        by);
    assignment.reminded(now);
    return true;
  }

  /**
   * An open assignment ran past its due date: the person, their departments' leads and HR hear of
   * it (once).
   */
  void escalate(Assignment assignment, TrainingModule module) {
    if (!assignment.isOpen() || assignment.getEscalatedAt() != null) {
      return;
    }
    Instant now = clock.now();
    assignment.escalated(now);
    String title = "\"" + module.getTitle() + "\"";
    String due = date(assignment.getDueAt());
    notify(
        Notification.person(assignment.getUsername()),
        NotificationKind.OVERDUE,
        module,
        assignment.getUsername(),
        title
            + " was due on "
            + due
            + " and is overdue. Until you complete it you cannot claim or answer mentions.",
        SYSTEM);
    String who = assignment.getDisplayName() + " (" + assignment.getUsername() + ")";
    for (String department : assignment.departmentSet()) {
      notify(
          Notification.leadsOf(department),
          NotificationKind.OVERDUE,
          module,
          assignment.getUsername(),
          "Overdue training in "
              + department
              + ": "
              + who
              + " has not completed "
              + title
              + ", due on "
              + due
              + ".",
          SYSTEM);
    }
    notify(
        Notification.HR,
        NotificationKind.OVERDUE,
        module,
        assignment.getUsername(),
        "Overdue training: " + who + " has not completed " + title + ", due on " + due + ".",
        SYSTEM);
  }

  /** Withdraws one open assignment and ends its process instance (its reminders with it). */
  void withdraw(Assignment assignment) {
    assignment.withdraw(clock.now());
    workflow.withdraw(assignment.getId());
  }

  /**
   * Withdraws the open assignments of a module and ends the process instances of everyone's current
   * cycle, open or waiting for renewal: each person's latest assignment not withdrawn, found in
   * Relay's own table and correlated by its business key. Returns how many were open.
   */
  int withdrawAll(TrainingModule module) {
    Instant now = clock.now();
    Map<String, Assignment> latest = new HashMap<>();
    int open = 0;
    for (Assignment cycle : assignments.findCycles(module.getId())) {
      latest.put(cycle.getUsername(), cycle);
      if (cycle.isOpen()) {
        cycle.withdraw(now);
        workflow.withdraw(cycle.getId());
        open++;
      }
    }
    latest.values().stream()
        .filter(a -> a.getState() == AssignmentState.COMPLETED)
        .forEach(a -> workflow.withdraw(a.getId()));
    return open;
  }

  /**
   * A new cycle of the module begins for the person: the instances of their earlier ones (at most
   * one is still running, waiting for renewal) end, by business key; {@code keep} is the cycle that
   * assigns this one, which ends on its own.
   */
  private void endEarlierCycles(TrainingModule module, String username, long current, Long keep) {
    for (Assignment earlier : assignments.findCycles(module.getId(), username)) {
      if (earlier.getId() != current && !earlier.getId().equals(keep)) {
        workflow.withdraw(earlier.getId());
      }
    }
  }

  void notify(
      String audience,
      NotificationKind kind,
      TrainingModule module,
      String subject,
      String message,
      String by) {
    notifications.store(
        new Notification(audience, kind, module.getId(), subject, message, clock.now(), by));
  }

  /** The moment as people read it, in the company's zone: "15 Mar 2027, 00:00 CET". */
  String date(Instant instant) {
    return MOMENT.withZone(clock.zone()).format(instant);
  }

  private static String describe(AssignmentReason reason) {
    return switch (reason) {
      case FIRST_SIGN_IN -> "welcome to Relay";
      case NEWLY_REQUIRED -> "newly required of you";
      case NEW_VERSION -> "a new version requires re-certification";
      case RECERTIFICATION -> "your certification expires";
      case ROLE_CHANGED -> "your role or department changed";
      case UNASSIGNED -> "completed without an assignment";
    };
  }
}
