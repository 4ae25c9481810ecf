package org.relay.training;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the {@code training} process asks of training at its timers: remind the person, escalate an
 * overdue assignment, assign re-certification. Each step checks the assignment's state first, so a
 * timer that fires after the assignment was completed or withdrawn does nothing.
 */
@Stateless
public class AssignmentService {

  @Inject AssignmentRepository assignments;
  @Inject ModuleRepository modules;
  @Inject Assignments assigner;
  @Inject Staff staff;
  @Inject TrainingClock clock;

  /** Reminds the person of an open assignment not yet due. */
  public void remind(long assignmentId) {
    assignments
        .find(assignmentId)
        .ifPresent(
            a ->
                modules
                    .find(a.getModuleId())
                    .ifPresent(m -> assigner.remind(a, m, Assignments.SYSTEM)));
  }

  /** The assignment is due and still open: the person, their leads and HR hear of it. */
  public void escalateOverdue(long assignmentId) {
    assignments
        .find(assignmentId)
        .ifPresent(a -> modules.find(a.getModuleId()).ifPresent(m -> assigner.escalate(a, m)));
  }

  /**
   * The completion that closed the assignment comes up for renewal: assigns re-certification, due
   * when it expires, unless the module was retired, no longer applies to the person (or they left),
   * or they have renewed since. Returns the new assignment's id.
   */
  public Optional<Long> renew(long assignmentId) {
    Optional<Assignment> closed = assignments.find(assignmentId);
    if (closed.isEmpty()) {
      return Optional.empty();
    }
    String username = closed.get().getUsername();
    Optional<TrainingModule> module =
        modules.find(closed.get().getModuleId()).filter(TrainingModule::isInForce);
    if (module.isEmpty() || assignments.findOpen(module.get().getId(), username).isPresent()) {
      return Optional.empty();
    }
    ModuleVersion version = modules.published(module.get()).orElseThrow();
    Optional<Trainee> person =
        staff.find(username, version.getRequiredRoles()).filter(p -> p.isRequiredBy(version));
    if (person.isEmpty()) {
      return Optional.empty();
    }
    Standing standing = assigner.standing(module.get(), username);
    Instant now = clock.now();
    Instant dueAt;
    AssignmentReason reason = AssignmentReason.RECERTIFICATION;
    switch (standing.status()) {
      case CURRENT -> {
        return Optional.empty();
      }
      case EXPIRING -> dueAt = standing.best().getExpiresAt();
      case NEW_VERSION_DUE -> {
        reason = AssignmentReason.NEW_VERSION;
        dueAt = module.get().getRecertifyGraceUntil();
      }
      case OUTDATED -> {
        reason = AssignmentReason.NEW_VERSION;
        dueAt = now.plus(Duration.ofDays(version.getDueDays()));
      }
      default -> dueAt = now.plus(Duration.ofDays(version.getDueDays()));
    }
    return Optional.of(
        assigner.assign(module.get(), person.get(), reason, dueAt, assignmentId).getId());
  }
}
