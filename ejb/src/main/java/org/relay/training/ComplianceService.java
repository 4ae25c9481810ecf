package org.relay.training;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.relay.shared.Actor;
import org.relay.shared.Checks;
import org.relay.shared.ConflictException;
import org.relay.shared.NotAllowedException;
import org.relay.shared.NotFoundException;
import org.relay.shared.Roles;
import org.relay.training.ComplianceReport.Cell;
import org.relay.training.ComplianceReport.DepartmentRow;
import org.relay.training.ComplianceReport.ModuleRef;
import org.relay.training.ComplianceReport.PersonModule;

/**
 * HR's view of who has the training required of them: the matrix by department and module, the
 * overdue and expiring lists, completions recorded for training done elsewhere, reminders, the CSV
 * export and the modules suggested to authors. Only {@code hr} may use it.
 */
@Stateless
public class ComplianceService {

  /** People without a department are counted under this name in the matrix. */
  public static final String NO_DEPARTMENT = "(no department)";

  private static final String NOT_RECORDED =
      "The completion was not recorded: fix the fields named.";

  @Inject ModuleRepository modules;
  @Inject CompletionRepository completions;
  @Inject AssignmentRepository assignments;
  @Inject Assignments assigner;
  @Inject Suggestions suggestions;
  @Inject Staff staff;
  @Inject TrainingClock clock;
  @Inject Validator validator;

  /**
   * The matrix and the rows behind it, for the modules in force and the people in the directory.
   */
  public ComplianceReport report(Actor actor) {
    requireHr(actor);
    Instant now = clock.now();
    List<ModuleVersion> inForce = modules.findVersionsInForce();
    List<Trainee> people = staff.requiredBy(inForce);
    Map<String, List<Completion>> done =
        completions
            .findByModules(inForce.stream().map(v -> v.getModule().getId()).toList())
            .stream()
            .collect(Collectors.groupingBy(c -> key(c.getModuleId(), c.getUsername())));
    Map<String, Assignment> open = new HashMap<>();
    assignments.findOpen().forEach(a -> open.put(key(a.getModuleId(), a.getUsername()), a));

    List<PersonModule> rows = new ArrayList<>();
    for (Trainee person : people) {
      for (ModuleVersion version : inForce) {
        if (!person.isRequiredBy(version)) {
          continue;
        }
        TrainingModule module = version.getModule();
        String key = key(module.getId(), person.username());
        Standing standing = Standing.of(module, done.getOrDefault(key, List.of()), now);
        Assignment assignment = open.get(key);
        Completion best = standing.best();
        rows.add(
            new PersonModule(
                person.username(),
                person.displayName(),
                person.departments(),
                module.getId(),
                module.getTitle(),
                standing.status(),
                best == null ? null : best.getCompletedAt(),
                best == null ? null : best.getExpiresAt(),
                best == null ? null : best.getSource(),
                assignment == null ? null : assignment.getId(),
                assignment == null ? null : assignment.getDueAt(),
                assignment == null ? null : assignment.getLastRemindedAt(),
                assignment != null && assignment.isOverdueAt(now)));
      }
    }
    List<ModuleRef> columns =
        inForce.stream()
            .map(v -> new ModuleRef(v.getModule().getId(), v.getModule().getTitle(), v.getNumber()))
            .toList();
    return new ComplianceReport(columns, matrix(columns, people, rows), rows);
  }

  /** Everyone training may apply to, from the directory, by username. */
  public List<Trainee> staff(Actor actor) {
    requireHr(actor);
    return staff.requiredBy(modules.findVersionsInForce()).stream()
        .sorted(Comparator.comparing(Trainee::username))
        .toList();
  }

  /** Open assignments past their due date, the longest overdue first. */
  public List<AssignmentView> overdue(Actor actor) {
    requireHr(actor);
    Map<Long, String> titles = titles();
    return assignments.findOverdue(clock.now()).stream()
        .map(a -> TrainingViews.assignment(a, titles.get(a.getModuleId())))
        .toList();
  }

  /**
   * Required modules whose completion expires within the days (1 to 365), soonest first: the people
   * to re-certify next.
   */
  public List<PersonModule> expiring(Actor actor, int days) {
    requireHr(actor);
    if (days < 1 || days > 365) {
      throw Checks.invalid("Say how many days ahead to look.", "days", "must be 1 to 365");
    }
    Instant until = clock.now().plus(Duration.ofDays(days));
    return report(actor).people().stream()
        .filter(p -> p.status() == TrainingStatus.CURRENT || p.status() == TrainingStatus.EXPIRING)
        .filter(p -> p.expiresAt() != null && !p.expiresAt().isAfter(until))
        .sorted(Comparator.comparing(PersonModule::expiresAt))
        .toList();
  }

  /**
   * Records training done elsewhere (a workshop) for an employee: a completion of the version in
   * force, valid from the day it was done, with HR's note and name. Refused, changing nothing, when
   * HR names themselves (someone else must vouch for their training), the module is not in force,
   * the day is in the future, or nobody of that name is in the directory. Once a version required
   * re-certification, the day must not be before that version was published: training done before
   * the new content existed cannot certify it. Before that, earlier days are accepted (records of
   * workshops held before the module was in Relay); such a completion expires from its own day.
   * Days are the company's ({@link TrainingClock#zone()}).
   */
  public CompletionView record(Actor actor, RecordedCompletion recorded) {
    requireHr(actor);
    Checks.valid(validator, recorded, "completion", NOT_RECORDED);
    String username = recorded.username().strip();
    if (username.equalsIgnoreCase(actor.username())) {
      throw new NotAllowedException(
          "You cannot record a completion for yourself: another HR colleague records it, or you"
              + " take the module in the portal.");
    }
    TrainingModule module =
        modules
            .find(recorded.moduleId())
            .orElseThrow(
                () -> new NotFoundException("No training module " + recorded.moduleId() + "."));
    if (!module.isInForce()) {
      throw new ConflictException(
          "\""
              + module.getTitle()
              + "\" is "
              + (module.isRetired() ? "retired" : "not published yet")
              + ": only a module in force can be completed.");
    }
    ModuleVersion version = modules.published(module).orElseThrow();
    ZoneId zone = clock.zone();
    Instant completedAt = parseDay(recorded.completedOn(), zone);
    Instant now = clock.now();
    if (completedAt.isAfter(now)) {
      throw Checks.invalid(NOT_RECORDED, "completedOn", "must not be in the future");
    }
    requireNotBeforeBaseline(module, LocalDate.ofInstant(completedAt, zone), zone);
    Trainee person =
        staff
            .find(username, version.getRequiredRoles())
            .orElseThrow(
                () ->
                    Checks.invalid(
                        NOT_RECORDED,
                        "username",
                        "nobody called " + username + " is in the directory"));
    Completion completion =
        assigner.complete(
            module,
            version,
            person,
            CompletionSource.RECORDED,
            null,
            completedAt,
            actor.username(),
            recorded.note().strip());
    return TrainingViews.completion(completion, module, now);
  }

  private void requireNotBeforeBaseline(TrainingModule module, LocalDate day, ZoneId zone) {
    if (module.getRecertifyFrom() <= 1) {
      return;
    }
    ModuleVersion baseline =
        modules.version(module.getId(), module.getRecertifyFrom()).orElseThrow();
    LocalDate published = LocalDate.ofInstant(baseline.getPublishedAt(), zone);
    if (day.isBefore(published)) {
      throw Checks.invalid(
          NOT_RECORDED,
          "completedOn",
          "must not be before "
              + published
              + ", when version "
              + baseline.getNumber()
              + " was published requiring re-certification");
    }
  }

  /**
   * Sends a reminder, now and in HR's name, for each open assignment named, or for every overdue
   * one when none is named. Returns how many were sent.
   */
  public int sendReminders(Actor actor, List<Long> assignmentIds) {
    requireHr(actor);
    List<Assignment> chosen =
        assignmentIds == null || assignmentIds.isEmpty()
            ? assignments.findOverdue(clock.now())
            : assignmentIds.stream()
                .map(
                    id ->
                        assignments
                            .find(id)
                            .orElseThrow(() -> new NotFoundException("No assignment " + id + ".")))
                .toList();
    Map<Long, TrainingModule> byId = modulesById();
    int sent = 0;
    for (Assignment assignment : chosen) {
      TrainingModule module = byId.get(assignment.getModuleId());
      if (module != null && assigner.remind(assignment, module, actor.username())) {
        sent++;
      }
    }
    return sent;
  }

  /** Every row of the report as CSV, in the form {@link ComplianceCsv} describes. */
  public void exportCsv(Actor actor, Appendable out) {
    ComplianceCsv.write(report(actor).people(), out);
  }

  /** Modules suggested to every author whose drafts keep tripping a rule the module covers. */
  public List<Suggestion> suggestions(Actor actor) {
    requireHr(actor);
    return suggestions.forEveryone();
  }

  private static List<DepartmentRow> matrix(
      List<ModuleRef> columns, List<Trainee> people, List<PersonModule> rows) {
    Set<String> departments = new TreeSet<>();
    people.forEach(
        p -> {
          if (p.departments().isEmpty()) {
            departments.add(NO_DEPARTMENT);
          } else {
            departments.addAll(p.departments());
          }
        });
    Map<String, List<PersonModule>> byDepartment = new TreeMap<>();
    for (PersonModule row : rows) {
      Set<String> of = row.departments().isEmpty() ? Set.of(NO_DEPARTMENT) : row.departments();
      of.forEach(d -> byDepartment.computeIfAbsent(d, k -> new ArrayList<>()).add(row));
    }
    List<DepartmentRow> matrix = new ArrayList<>();
    for (String department : departments) {
      List<PersonModule> ofDepartment = byDepartment.getOrDefault(department, List.of());
      List<Cell> cells = new ArrayList<>();
      for (ModuleRef column : columns) {
        List<PersonModule> cell =
            ofDepartment.stream().filter(r -> r.moduleId() == column.id()).toList();
        int expiring = count(cell, TrainingStatus.EXPIRING);
        int current =
            count(cell, TrainingStatus.CURRENT)
                + expiring
                + count(cell, TrainingStatus.NEW_VERSION_DUE);
        cells.add(
            new Cell(
                column.id(),
                cell.size(),
                current,
                expiring,
                cell.size() - current,
                (int) cell.stream().filter(PersonModule::overdue).count()));
      }
      matrix.add(new DepartmentRow(department, cells));
    }
    return matrix;
  }

  private static int count(List<PersonModule> rows, TrainingStatus status) {
    return (int) rows.stream().filter(r -> r.status() == status).count();
  }

  /** An ISO date (the day, from its start in the company's zone) or an ISO moment. */
  static Instant parseDay(String value, ZoneId zone) {
    String text = value.strip();
    try {
      return text.length() <= 10
          ? LocalDate.parse(text).atStartOfDay(zone).toInstant()
          : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw Checks.invalid(
          NOT_RECORDED, "completedOn", "must be an ISO date (2026-03-14) or moment");
    }
  }

  private Map<Long, String> titles() {
    return modules.findAll().stream()
        .collect(
            Collectors.toMap(
                TrainingModule::getId, TrainingModule::getTitle, (a, b) -> a, LinkedHashMap::new));
  }

  private Map<Long, TrainingModule> modulesById() {
    return modules.findAll().stream()
        .collect(Collectors.toMap(TrainingModule::getId, Function.identity()));
  }

  private static String key(long moduleId, String username) {
    return moduleId + ":" + username;
  }

  static void requireHr(Actor actor) {
    Checks.requireRole(actor, "Only HR sees and records training completion.", Roles.HR);
  }
}
