package org.relay.training;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.relay.shared.Actor;
import org.relay.shared.Checks;
import org.relay.shared.ConflictException;
import org.relay.shared.LimitReachedException;
import org.relay.shared.Markdown;
import org.relay.shared.NotAllowedException;
import org.relay.shared.NotFoundException;
import org.relay.shared.Roles;

/**
 * Training as each employee meets it: the gate that keeps people without current required training
 * from answering ({@link #requireTrained}), their modules and certificates, taking a module
 * (reading it, passing its quiz), notifications, suggested modules, and the first sign-in that
 * assigns what applies to them. HR's side is {@link ModuleService} and {@link ComplianceService}.
 */
@Stateless
public class TrainingService {

  private static final Duration NOTIFICATIONS_KEPT = Duration.ofDays(90);
  private static final int MAX_NOTIFICATIONS = 50;

  /**
   * How many failed quiz attempts at one version a person may make within {@link #ATTEMPT_WINDOW}.
   */
  static final int FAILED_ATTEMPTS_PER_DAY = 3;

  static final Duration ATTEMPT_WINDOW = Duration.ofHours(24);

  @Inject ModuleRepository modules;
  @Inject CompletionRepository completions;
  @Inject AssignmentRepository assignments;
  @Inject NotificationRepository notifications;
  @Inject Assignments assigner;
  @Inject Suggestions suggestions;
  @Inject Staff staff;
  @Inject TrainingClock clock;

  /**
   * The gate: refuses with {@link TrainingRequiredException}, naming every module, when a module
   * required of the actor (by role or department) is missing, expired or outdated. Engagement calls
   * it before claiming and submitting, so the portal, the API and the process all pass it.
   */
  public void requireTrained(Actor actor) {
    List<MissingModule> missing = missing(actor);
    if (!missing.isEmpty()) {
      throw new TrainingRequiredException(missing);
    }
  }

  /**
   * The gate for work given to someone else (a lead reassigning a claimed mention): refuses with
   * {@link TrainingRequiredException}, naming the person and every module, when they could not
   * claim it themselves. Their roles and departments are the directory's.
   */
  public void requireTrainedToTakeOver(String username) {
    List<ModuleVersion> inForce = modules.findVersionsInForce();
    if (inForce.isEmpty()) {
      return;
    }
    Trainee person =
        staff.requiredBy(inForce).stream()
            .filter(p -> p.username().equals(username))
            .findFirst()
            .orElseThrow(() -> new NotAllowedException(username + " is not in the directory."));
    List<MissingModule> missing = missing(person, inForce);
    if (!missing.isEmpty()) {
      throw TrainingRequiredException.ofColleague(person.displayName(), missing);
    }
  }

  /** The required modules the actor lacks (missing, expired or outdated), in the modules' order. */
  public List<MissingModule> missing(Actor actor) {
    return missing(Trainee.of(actor), modules.findVersionsInForce());
  }

  private List<MissingModule> missing(Trainee person, List<ModuleVersion> inForce) {
    List<ModuleVersion> required = inForce.stream().filter(person::isRequiredBy).toList();
    if (required.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Completion>> theirs = byModule(completions.findByUser(person.username()));
    Instant now = clock.now();
    List<MissingModule> missing = new ArrayList<>();
    for (ModuleVersion version : required) {
      TrainingModule module = version.getModule();
      Standing standing = Standing.of(module, theirs.getOrDefault(module.getId(), List.of()), now);
      if (standing.status().blocks()) {
        missing.add(MissingModule.of(module, standing));
      }
    }
    return missing;
  }

  /** The actor's training page. */
  public MyTraining myTraining(Actor actor) {
    requirePerson(actor);
    Trainee me = Trainee.of(actor);
    Instant now = clock.now();
    List<Completion> mine = completions.findByUser(actor.username());
    Map<Long, List<Completion>> mineByModule = byModule(mine);
    Map<Long, Assignment> open =
        assignments.findOpenByUser(actor.username()).stream()
            .collect(Collectors.toMap(Assignment::getModuleId, Function.identity(), (a, b) -> a));
    List<ModuleStanding> standings = new ArrayList<>();
    List<ModuleSummary> catalog = new ArrayList<>();
    List<MissingModule> missing = new ArrayList<>();
    for (ModuleVersion version : modules.findVersionsInForce()) {
      TrainingModule module = version.getModule();
      boolean required = me.isRequiredBy(version);
      List<Completion> ofModule = mineByModule.getOrDefault(module.getId(), List.of());
      Standing standing = Standing.of(module, ofModule, now);
      if (required || !ofModule.isEmpty() || open.containsKey(module.getId())) {
        standings.add(TrainingViews.standing(module, required, standing, open.get(module.getId())));
      } else {
        catalog.add(TrainingViews.summary(module, version, null));
      }
      if (required && standing.status().blocks()) {
        missing.add(MissingModule.of(module, standing));
      }
    }
    Map<Long, TrainingModule> all = allModules();
    List<CompletionView> certificates =
        mine.stream().map(c -> TrainingViews.completion(c, all.get(c.getModuleId()), now)).toList();
    return new MyTraining(
        standings,
        missing,
        certificates,
        notifications(actor),
        suggestions.forAuthor(actor.username()),
        catalog,
        teamOverdue(actor, all, now));
  }

  /** The version in force of a module, to read and take. */
  public ModuleToTake module(Actor actor, long moduleId) {
    requirePerson(actor);
    TrainingModule module = inForce(moduleId);
    ModuleVersion version = modules.published(module).orElseThrow();
    Trainee me = Trainee.of(actor);
    Standing standing = assigner.standing(module, actor.username());
    Assignment open = assignments.findOpen(moduleId, actor.username()).orElse(null);
    List<ModuleToTake.Question> questions = new ArrayList<>();
    List<Quiz.Question> quiz = version.quiz().questions();
    for (int i = 0; i < quiz.size(); i++) {
      List<Quiz.Option> options = quiz.get(i).options();
      List<ModuleToTake.Choice> choices = new ArrayList<>();
      for (int o = 0; o < options.size(); o++) {
        choices.add(new ModuleToTake.Choice(o, options.get(o).text()));
      }
      questions.add(
          new ModuleToTake.Question(i, quiz.get(i).text(), quiz.get(i).multiple(), choices));
    }
    return new ModuleToTake(
        module.getId(),
        version.getNumber(),
        version.getTitle(),
        version.getSummary(),
        Markdown.toSafeHtml(version.getContent()),
        version.getExternalUrl(),
        version.hasQuiz() ? version.getPassMark() : null,
        version.getValidityMonths(),
        questions,
        TrainingViews.standing(module, me.isRequiredBy(version), standing, open));
  }

  /**
   * Scores the actor's answers to the quiz of the version in force, here on the server (the browser
   * never receives which options are right); a pass completes the module (and the actor's
   * assignment of it). Every attempt is kept. The outcome tells the score, not which questions were
   * wrong, and after {@value #FAILED_ATTEMPTS_PER_DAY} failed attempts at a version within 24 hours
   * the next is refused until the oldest of them is a day old: answers cannot be found by trying
   * them out.
   */
  public QuizOutcome takeQuiz(Actor actor, long moduleId, QuizAnswers answers) {
    requirePerson(actor);
    TrainingModule module = inForce(moduleId);
    ModuleVersion version = modules.published(module).orElseThrow();
    requireCurrentVersion(version, answers == null ? null : answers.version());
    if (!version.hasQuiz()) {
      throw Checks.invalid(
          "This module has no quiz.", "answers", "confirm that you read it instead");
    }
    Instant now = clock.now();
    long failed =
        completions.countFailedAttempts(
            actor.username(), moduleId, version.getNumber(), now.minus(ATTEMPT_WINDOW));
    if (failed >= FAILED_ATTEMPTS_PER_DAY) {
      throw new LimitReachedException(
          "You have answered the quiz of \""
              + module.getTitle()
              + "\" "
              + FAILED_ATTEMPTS_PER_DAY
              + " times without passing in the last 24 hours: read the module again and try"
              + " tomorrow.");
    }
    Quiz.Result result;
    try {
      result = version.quiz().score(answers == null ? null : answers.answers());
    } catch (IllegalArgumentException e) {
      throw Checks.invalid(
          "The answers were not scored: " + e.getMessage() + ".", "answers", e.getMessage());
    }
    completions.store(new QuizAttempt(version, actor.username(), result, now));
    CompletionView completion = null;
    if (result.passed()) {
      Completion done =
          assigner.complete(
              module,
              version,
              Trainee.of(actor),
              CompletionSource.QUIZ,
              result.score(),
              now,
              actor.username(),
              null);
      completion = TrainingViews.completion(done, module, now);
    }
    int attemptsLeft =
        (int) (result.passed() ? FAILED_ATTEMPTS_PER_DAY : FAILED_ATTEMPTS_PER_DAY - failed - 1);
    return new QuizOutcome(
        result.score(),
        result.passMark(),
        result.passed(),
        result.right(),
        result.total(),
        attemptsLeft,
        completion);
  }

  /** Completes a module without a quiz: the actor has read it. */
  public CompletionView confirmRead(Actor actor, long moduleId, Integer versionRead) {
    requirePerson(actor);
    TrainingModule module = inForce(moduleId);
    ModuleVersion version = modules.published(module).orElseThrow();
    requireCurrentVersion(version, versionRead);
    if (version.hasQuiz()) {
      throw Checks.invalid(
          "This module is completed by passing its quiz.", "answers", "answer the quiz");
    }
    Instant now = clock.now();
    Completion done =
        assigner.complete(
            module,
            version,
            Trainee.of(actor),
            CompletionSource.READ,
            null,
            now,
            actor.username(),
            null);
    return TrainingViews.completion(done, module, now);
  }

  /** A completion as a certificate: the actor's own, or anyone's for HR. */
  public CompletionView certificate(Actor actor, long completionId) {
    requirePerson(actor);
    Completion completion =
        completions
            .find(completionId)
            .orElseThrow(() -> new NotFoundException("No certificate " + completionId + "."));
    if (!completion.getUsername().equals(actor.username()) && !actor.hasRole(Roles.HR)) {
      throw new NotAllowedException("Only its holder and HR may see this certificate.");
    }
    return TrainingViews.completion(
        completion, modules.find(completion.getModuleId()).orElse(null), clock.now());
  }

  /**
   * The actor's training notifications of the last 90 days, newest first: their own, and as a lead
   * or HR those of their departments' leads or of HR.
   */
  public List<NotificationView> notifications(Actor actor) {
    requirePerson(actor);
    return notifications
        .findByAudiences(audiences(actor), clock.now().minus(NOTIFICATIONS_KEPT), MAX_NOTIFICATIONS)
        .stream()
        .map(Notification::view)
        .toList();
  }

  /** How many of the actor's own notifications are unread (the menu's badge). */
  public long unreadNotifications(Actor actor) {
    return notifications.countUnread(Notification.person(actor.username()));
  }

  public void markNotificationsRead(Actor actor) {
    requirePerson(actor);
    Instant now = clock.now();
    notifications.findUnread(Notification.person(actor.username())).forEach(n -> n.read(now));
  }

  /**
   * Modules suggested to the actor: those covering a guideline rule their drafts tripped at least
   * three times in the last 30 days.
   */
  public List<Suggestion> suggestions(Actor actor) {
    requirePerson(actor);
    return suggestions.forAuthor(actor.username());
  }

  /**
   * Someone signed in: on their first sign-in (or when their roles or departments changed) and
   * whenever a module was published while the directory could not be read, the modules in force
   * that apply to them and that they lack are assigned. Machine clients are ignored.
   */
  public void signedIn(Actor actor) {
    if (!actor.hasAnyRole(Roles.PEOPLE.toArray(String[]::new))) {
      return;
    }
    Trainee me = Trainee.of(actor);
    Instant now = clock.now();
    KnownEmployee known = notifications.findKnown(actor.username());
    AssignmentReason reason;
    if (known == null) {
      notifications.store(new KnownEmployee(me, now));
      reason = AssignmentReason.FIRST_SIGN_IN;
    } else {
      reason =
          known.seen(me, now) ? AssignmentReason.ROLE_CHANGED : AssignmentReason.NEWLY_REQUIRED;
    }
    for (ModuleVersion version : modules.findVersionsInForce()) {
      if (me.isRequiredBy(version)) {
        assigner.assignIfNeeded(version.getModule(), version, me, reason);
      }
    }
  }

  /** The modules in force anyone may take, with who must. */
  public List<ModuleSummary> catalog(Actor actor) {
    requirePerson(actor);
    return modules.findVersionsInForce().stream()
        .map(v -> TrainingViews.summary(v.getModule(), v, null))
        .toList();
  }

  private List<AssignmentView> teamOverdue(
      Actor actor, Map<Long, TrainingModule> all, Instant now) {
    if (!actor.hasRole(Roles.DEPARTMENT_LEAD) || actor.departments().isEmpty()) {
      return List.of();
    }
    return assignments.findOverdue(now).stream()
        .filter(a -> a.departmentSet().stream().anyMatch(actor::memberOf))
        .map(a -> TrainingViews.assignment(a, titleOf(all, a.getModuleId())))
        .toList();
  }

  static Set<String> audiences(Actor actor) {
    Set<String> audiences = new LinkedHashSet<>();
    audiences.add(Notification.person(actor.username()));
    if (actor.hasRole(Roles.DEPARTMENT_LEAD)) {
      actor.departments().forEach(d -> audiences.add(Notification.leadsOf(d)));
    }
    if (actor.hasRole(Roles.HR)) {
      audiences.add(Notification.HR);
    }
    return audiences;
  }

  private Map<Long, TrainingModule> allModules() {
    return modules.findAll().stream()
        .collect(Collectors.toMap(TrainingModule::getId, Function.identity()));
  }

  private static String titleOf(Map<Long, TrainingModule> all, long moduleId) {
    return Optional.ofNullable(all.get(moduleId))
        .map(TrainingModule::getTitle)
        .orElse("module " + moduleId);
  }

  private TrainingModule inForce(long moduleId) {
    TrainingModule module =
        modules
            .find(moduleId)
            .orElseThrow(() -> new NotFoundException("No training module " + moduleId + "."));
    if (!module.isInForce()) {
      throw new NotFoundException(
          module.isRetired()
              ? "The module \"" + module.getTitle() + "\" was retired."
              : "The module \"" + module.getTitle() + "\" is not published yet.");
    }
    return module;
  }

  private static void requireCurrentVersion(ModuleVersion version, Integer taken) {
    if (taken != null && taken != version.getNumber()) {
      throw new ConflictException(
          "The module changed to version "
              + version.getNumber()
              + " while you took it: read it again and answer its quiz.");
    }
  }

  static Map<Long, List<Completion>> byModule(List<Completion> completions) {
    return completions.stream().collect(Collectors.groupingBy(Completion::getModuleId));
  }

  static void requirePerson(Actor actor) {
    if (!actor.hasAnyRole(Roles.PEOPLE.toArray(String[]::new))) {
      throw new NotAllowedException("Only people of the company take training.");
    }
  }
}
