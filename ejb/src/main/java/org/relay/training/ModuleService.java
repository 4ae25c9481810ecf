package org.relay.training;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relay.directory.DirectoryService;
import org.relay.shared.Actor;
import org.relay.shared.Checks;
import org.relay.shared.ConflictException;
import org.relay.shared.InvalidInputException;
import org.relay.shared.InvalidInputException.FieldError;
import org.relay.shared.Markdown;
import org.relay.shared.NotFoundException;
import org.relay.shared.PreconditionFailedException;
import org.relay.shared.PreconditionRequiredException;
import org.relay.shared.Roles;

/**
 * HR writes, versions, publishes and retires training modules here. A published version never
 * changes: editing a published module makes a draft of its next version. Publishing assigns the
 * module to everyone it applies to who lacks a current completion (from the directory); a version
 * published as requiring re-certification makes completions of earlier versions stop counting.
 * Retiring stops requiring it and withdraws its open assignments.
 */
@Stateless
public class ModuleService {

  private static final Logger LOG = Logger.getLogger(ModuleService.class.getName());
  private static final String NOT_SAVED = "The module was not saved: fix the fields named.";

  @Inject ModuleRepository modules;
  @Inject AssignmentRepository assignments;
  @Inject Assignments assigner;
  @Inject Staff staff;
  @Inject DirectoryService directory;
  @Inject TrainingClock clock;
  @Inject Validator validator;

  /** Every module, retired ones included. */
  public List<ModuleSummary> modules(Actor actor) {
    requireHr(actor);
    return modules.findAll().stream().map(this::summary).toList();
  }

  public ModuleDetail module(Actor actor, long id) {
    requireHr(actor);
    return detail(find(id));
  }

  /** A new module, as the draft of its version 1. */
  public ModuleDetail create(Actor actor, ModuleDraft draft) {
    requireHr(actor);
    validate(draft);
    Instant now = clock.now();
    TrainingModule module =
        modules.store(new TrainingModule(draft.title().strip(), actor.username(), now));
    ModuleVersion version = new ModuleVersion(module, 1, actor.username(), now);
    version.revise(draft, actor.username(), now);
    modules.store(version);
    return detail(module);
  }

  /**
   * Saves HR's changes to the module's draft, starting the draft of the next version (a copy of the
   * one in force) when there is none. {@code revision} is what the editor loaded of the draft
   * ({@link ModuleDetail#revision()}): without it the save is refused (two HR users would otherwise
   * overwrite each other unseen); over changes someone else saved since it is a {@link
   * PreconditionFailedException} (412 in the API), and racing another save a conflict (409). A
   * refused save changes nothing.
   */
  public ModuleDetail saveDraft(Actor actor, long id, ModuleDraft draft, String revision) {
    requireHr(actor);
    if (revision == null || revision.isBlank()) {
      throw new PreconditionRequiredException(
          "Say which revision of the draft you are saving over: read the module (its \"revision\","
              + " such as \"3.7\", or \"none\" when it has no draft) and send that revision with"
              + " your changes (in the API, as the If-Match header). Nothing was saved.");
    }
    validate(draft);
    TrainingModule module = find(id);
    requireNotRetired(module);
    Optional<ModuleVersion> current = modules.draft(id);
    if (!revision.strip().equals(revision(current))) {
      throw new PreconditionFailedException(
          changedSince(module, current, "Reload it, and make your changes again."));
    }
    Instant now = clock.now();
    ModuleVersion version = current.orElseGet(() -> startDraft(module, actor, now));
    version.revise(draft, actor.username(), now);
    if (module.getPublishedVersion() == 0) {
      module.retitle(version.getTitle());
    }
    modules.flush(concurrent(module));
    return detail(module);
  }

  /**
   * Publishes the module's draft: it becomes the version in force, the previous one is superseded,
   * and the module is assigned to the people it now applies to who lack it. People it no longer
   * applies to have their open assignment withdrawn.
   *
   * <p>{@code revision}, when given, is the draft's revision as the publisher read it: if someone
   * saved the draft since, publishing would put in force text the publisher never saw, so it is
   * refused ({@link PreconditionFailedException}) and nothing changes. Without it the draft is
   * published as it stands.
   */
  public PublishResult publish(Actor actor, long id, String revision) {
    requireHr(actor);
    TrainingModule module = find(id);
    requireNotRetired(module);
    Optional<ModuleVersion> current = modules.draft(id);
    if (revision != null && !revision.isBlank() && !revision.strip().equals(revision(current))) {
      throw new PreconditionFailedException(
          changedSince(
              module, current, "Nothing was published: read the draft, then publish again."));
    }
    ModuleVersion draft =
        current.orElseThrow(
            () ->
                new ConflictException(
                    "\"" + module.getTitle() + "\" has no draft to publish: edit it first."));
    requirePublishable(draft);
    Instant now = clock.now();
    modules.published(module).ifPresent(ModuleVersion::supersede);
    draft.publish(actor.username(), now);
    module.publish(draft);
    modules.flush(concurrent(module));
    boolean first = draft.getNumber() == 1;
    AssignmentReason reason =
        !first && draft.isRequiresRecertification()
            ? AssignmentReason.NEW_VERSION
            : AssignmentReason.NEWLY_REQUIRED;
    int assigned = 0;
    boolean reachable = true;
    List<Trainee> people;
    try {
      staff.forget();
      people = staff.all(draft.getRequiredRoles());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "The directory could not be read; people get the module at sign-in", e);
      people = List.of();
      reachable = false;
    }
    for (Trainee person : people) {
      if (person.isRequiredBy(draft)) {
        if (assigner.assignIfNeeded(module, draft, person, reason).isPresent()) {
          assigned++;
        }
      }
    }
    if (reachable) {
      withdrawNoLongerRequired(module, draft, people);
    }
    return new PublishResult(summary(module), assigned, reachable);
  }

  /** Retires the module: it requires nobody any more, and its open assignments are withdrawn. */
  public ModuleSummary retire(Actor actor, long id) {
    requireHr(actor);
    TrainingModule module = find(id);
    if (module.isRetired()) {
      return summary(module);
    }
    module.retire(actor.username(), clock.now());
    assigner.withdrawAll(module);
    return summary(module);
  }

  /** The Markdown as the module's page would show it (for the editor's preview). */
  public String preview(Actor actor, String markdown) {
    requireHr(actor);
    return Markdown.toSafeHtml(markdown);
  }

  /**
   * Withdraws the open assignments of people the new version no longer applies to. Their cycles
   * waiting for renewal end on their own: renewal first checks that the module still applies.
   */
  private void withdrawNoLongerRequired(
      TrainingModule module, ModuleVersion version, List<Trainee> people) {
    for (Assignment open : assignments.findOpenByModule(module.getId())) {
      Optional<Trainee> person =
          people.stream().filter(p -> p.username().equals(open.getUsername())).findFirst();
      if (person.isPresent() && !person.get().isRequiredBy(version)) {
        assigner.withdraw(open);
        assigner.notify(
            Notification.person(open.getUsername()),
            NotificationKind.ASSIGNED,
            module,
            open.getUsername(),
            "\"" + module.getTitle() + "\" is no longer required of you.",
            Assignments.SYSTEM);
      }
    }
  }

  /** "3.7" for version 3's draft saved 7 times, "none" without a draft. */
  static String revision(Optional<ModuleVersion> draft) {
    return draft.map(v -> v.getNumber() + "." + v.getLockVersion()).orElse("none");
  }

  private String changedSince(TrainingModule module, Optional<ModuleVersion> draft, String next) {
    return "\""
        + module.getTitle()
        + "\" changed since you opened it: "
        + draft
            .map(
                v ->
                    v.getUpdatedBy()
                        + " saved the draft of version "
                        + v.getNumber()
                        + " at "
                        + Assignments.MOMENT.withZone(clock.zone()).format(v.getUpdatedAt()))
            .orElse("its draft was published or discarded")
        + ". "
        + next;
  }

  private static String concurrent(TrainingModule module) {
    return "Someone else saved \""
        + module.getTitle()
        + "\" at the same moment. Reload it, and make your changes again.";
  }

  private ModuleVersion startDraft(TrainingModule module, Actor actor, Instant now) {
    ModuleVersion current =
        modules
            .published(module)
            .orElseThrow(() -> new IllegalStateException("A module without any version"));
    return modules.store(current.nextDraft(actor.username(), now));
  }

  private void validate(ModuleDraft draft) {
    Checks.valid(validator, draft, "module", NOT_SAVED);
    List<FieldError> errors = new ArrayList<>();
    if (draft.questions() != null && !draft.questions().isEmpty() && draft.passMark() == null) {
      errors.add(new FieldError("passMark", "a quiz needs a pass mark (1 to 100 %)"));
    }
    if (draft.requiredDepartments() != null && !draft.requiredDepartments().isEmpty()) {
      List<String> known = knownDepartments();
      if (known != null) {
        draft.requiredDepartments().stream()
            .filter(d -> !known.contains(d.strip()))
            .forEach(
                d ->
                    errors.add(
                        new FieldError("requiredDepartments", "there is no department " + d)));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(NOT_SAVED, errors);
    }
  }

  /** The departments in the directory, or null when it cannot be read (nothing is checked). */
  private List<String> knownDepartments() {
    try {
      return directory.departmentNames();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The directory could not be read to check departments", e);
      return null;
    }
  }

  private static void requirePublishable(ModuleVersion draft) {
    List<FieldError> errors = new ArrayList<>();
    if (draft.getContent() == null && draft.getExternalUrl() == null) {
      errors.add(new FieldError("content", "write the content, or link to the material"));
    }
    draft.quiz().problems().forEach(p -> errors.add(new FieldError("questions", p)));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(
          "Version " + draft.getNumber() + " was not published: fix the fields named.", errors);
    }
  }

  private TrainingModule find(long id) {
    return modules
        .find(id)
        .orElseThrow(() -> new NotFoundException("No training module " + id + "."));
  }

  private static void requireNotRetired(TrainingModule module) {
    if (module.isRetired()) {
      throw new ConflictException(
          "\"" + module.getTitle() + "\" is retired; create a new module instead.");
    }
  }

  private ModuleSummary summary(TrainingModule module) {
    List<ModuleVersion> versions = modules.versions(module.getId());
    ModuleVersion published =
        versions.stream()
            .filter(v -> v.getNumber() == module.getPublishedVersion())
            .findFirst()
            .orElse(null);
    ModuleVersion draft =
        versions.stream().filter(v -> v.getState() == VersionState.DRAFT).findFirst().orElse(null);
    return TrainingViews.summary(module, published != null ? published : draft, draft);
  }

  private ModuleDetail detail(TrainingModule module) {
    List<ModuleVersion> versions = modules.versions(module.getId());
    return new ModuleDetail(
        summary(module),
        versions.stream().map(TrainingViews::version).toList(),
        revision(versions.stream().filter(v -> v.getState() == VersionState.DRAFT).findFirst()));
  }

  static void requireHr(Actor actor) {
    Checks.requireRole(actor, "Only HR manages training modules.", Roles.HR);
  }
}
