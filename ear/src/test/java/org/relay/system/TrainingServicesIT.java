package org.relay.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relay.engagement.EngagementRecords;
import org.relay.engagement.EngagementService;
import org.relay.engagement.InboxItem;
import org.relay.guidelines.GuidelineAdminService;
import org.relay.guidelines.RuleView;
import org.relay.listening.IngestionService;
import org.relay.listening.NewMention;
import org.relay.shared.Actor;
import org.relay.shared.ConflictException;
import org.relay.shared.InvalidInputException;
import org.relay.shared.NotAllowedException;
import org.relay.testing.Await;
import org.relay.testing.MovableTrainingClock;
import org.relay.testing.RelayDeployments;
import org.relay.training.AssignmentReason;
import org.relay.training.ComplianceService;
import org.relay.training.ModuleDetail;
import org.relay.training.ModuleDraft;
import org.relay.training.ModuleService;
import org.relay.training.ModuleStanding;
import org.relay.training.NotificationKind;
import org.relay.training.NotificationView;
import org.relay.training.QuizAnswers;
import org.relay.training.QuizOutcome;
import org.relay.training.RecordedCompletion;
import org.relay.training.Suggestion;
import org.relay.training.TrainingRequiredException;
import org.relay.training.TrainingService;
import org.relay.training.TrainingStatus;

/**
 * Training inside the real server: the gate on claiming and submitting (with training's clock moved
 * forward to let a completion expire), the quiz, a new version that requires re-certification, HR's
 * authority, and the training process's reminders and escalation. Every module here is required of
 * a role only this test's people hold, so no other test's users are ever gated; each is retired
 * afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingServicesIT {

  private static final Actor CHANNEL =
      new Actor("service-account-relay-ingest", null, Set.of(), Set.of("ingest"));
  private static final Actor ADA = new Actor("ada", "Ada", Set.of(), Set.of("employee", "admin"));
  private static final Actor HANA =
      new Actor("hana", "Hana Sato", Set.of("hr"), Set.of("employee", "hr"));

  @Deployment
  static EnterpriseArchive relay() {
    return RelayDeployments.relayEarWith(TrainingServicesIT.class);
  }

  @Inject IngestionService ingestion;
  @Inject EngagementService engagement;
  @Inject EngagementRecords records;
  @Inject TrainingService training;
  @Inject ModuleService modules;
  @Inject ComplianceService compliance;
  @Inject GuidelineAdminService guidelines;
  @Inject MovableTrainingClock clock;
  @Inject RuntimeService runtime;
  @Inject ManagementService management;

  private final String marker = UUID.randomUUID().toString().substring(0, 8);
  private final String role = "lab-" + marker;
  private final Actor zoe =
      new Actor("zoe-" + marker, "Zoe " + marker, Set.of("billing"), Set.of("employee", role));
  private Long moduleId;
  private RuleView confidentialityBefore;

  @AfterEach
  void cleanUp() {
    clock.reset();
    if (moduleId != null) {
      modules.retire(HANA, moduleId);
    }
    if (confidentialityBefore != null) {
      guidelines.save(
          ADA, "confidentiality", confidentialityBefore.enabled(), confidentialityBefore.values());
    }
  }

  /** The confidentiality rule knows the term, whichever tests ran before; restored afterwards. */
  @SuppressWarnings("unchecked")
  private void ensureConfidential(String term) {
    confidentialityBefore = guidelines.rule(ADA, "confidentiality");
    List<String> terms =
        new java.util.ArrayList<>((List<String>) confidentialityBefore.values().get("terms"));
    if (!terms.contains(term)) {
      terms.add(term);
    }
    guidelines.save(ADA, "confidentiality", true, java.util.Map.of("terms", terms));
  }

  @Test
  void shouldRefuseTheClaimUntilTheQuizIsPassedAndTheDraftOnceTheCompletionExpires() {
    moduleId = publish(quizModule(List.of(role), false));
    long mention = ingestAndAwait("Please fix the VAT on my invoice (" + marker + ")");

    TrainingRequiredException untrained =
        assertThrows(TrainingRequiredException.class, () -> engagement.claim(zoe, mention));
    assertEquals(moduleId, untrained.missing().get(0).moduleId());
    assertEquals(TrainingStatus.MISSING, untrained.missing().get(0).status());
    assertNull(findInInbox(zoe, mention).orElseThrow().assignee(), "listening stays open");

    QuizOutcome failed = training.takeQuiz(zoe, moduleId, answers(1, List.of(0)));
    assertFalse(failed.passed());
    assertEquals(1, failed.right(), "the score is told, not which question was wrong");
    assertEquals(2, failed.attemptsLeft());
    assertThrows(TrainingRequiredException.class, () -> engagement.claim(zoe, mention));

    QuizOutcome passed = training.takeQuiz(zoe, moduleId, answers(1, List.of(0, 2)));
    assertTrue(passed.passed());
    assertEquals(100, passed.score());
    engagement.claim(zoe, mention);
    assertEquals(zoe.username(), findInInbox(zoe, mention).orElseThrow().assignee());

    clock.advance(Duration.ofDays(366));

    TrainingRequiredException expired =
        assertThrows(
            TrainingRequiredException.class,
            () -> engagement.submitDraft(zoe, mention, "I work at Relay billing: it is fixed."));
    assertEquals(TrainingStatus.EXPIRED, expired.missing().get(0).status());
    assertTrue(records.drafts(mention).isEmpty(), "a refused draft is not stored");
  }

  @Test
  void shouldAssignOnFirstSignInRemindEscalateAndAwaitRenewalOnceCompleted() {
    moduleId = publish(quizModule(List.of(role), false));

    training.signedIn(zoe);

    ModuleStanding assigned = standing(zoe);
    assertEquals(AssignmentReason.FIRST_SIGN_IN, assigned.reason());
    assertEquals(TrainingStatus.MISSING, assigned.status());
    ProcessInstance cycle = cycleOf(assigned.assignmentId());
    assertNotNull(cycle, "a training instance follows the assignment");
    assertTrue(
        kinds(training.notifications(zoe)).contains(NotificationKind.ASSIGNED),
        "the employee hears of it");

    fire(cycle, "firstReminderDue");
    assertTrue(kinds(training.notifications(zoe)).contains(NotificationKind.REMINDER));

    fire(cycle, "assignmentOverdue");
    Actor lead =
        new Actor("lead-" + marker, null, Set.of("billing"), Set.of("employee", "department-lead"));
    assertTrue(
        training.notifications(lead).stream()
            .anyMatch(
                n -> n.kind() == NotificationKind.OVERDUE && zoe.username().equals(n.subject())),
        "billing's leads hear that zoe is overdue");
    assertTrue(
        training.notifications(HANA).stream()
            .anyMatch(
                n -> n.kind() == NotificationKind.OVERDUE && zoe.username().equals(n.subject())),
        "and so does HR");

    clock.advance(Duration.ofDays(15));
    assertTrue(
        compliance.overdue(HANA).stream().anyMatch(a -> a.id() == assigned.assignmentId()),
        "HR's overdue list shows it once it is due");
    assertEquals(1, compliance.sendReminders(HANA, List.of(assigned.assignmentId())));
    assertTrue(
        training.notifications(zoe).stream()
            .anyMatch(n -> n.kind() == NotificationKind.REMINDER && "hana".equals(n.by())),
        "HR's reminder is on record in HR's name");

    QuizOutcome passed = training.takeQuiz(zoe, moduleId, answers(1, List.of(0, 2)));

    assertTrue(passed.passed());
    ModuleStanding done = standing(zoe);
    assertEquals(TrainingStatus.CURRENT, done.status());
    assertNull(done.assignmentId(), "the assignment is completed");
    Job renewal = timer(cycle, "certificationExpiring");
    assertNotNull(renewal, "the instance waits for the completion to come up for renewal");
    assertEquals(
        passed.completion().expiresAt().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS),
        renewal.getDuedate().toInstant().truncatedTo(ChronoUnit.SECONDS));
  }

  @Test
  void shouldWithdrawTheAssignmentAndEndItsCycleWhenTheModuleIsRetired() {
    moduleId = publish(quizModule(List.of(role), false));
    training.signedIn(zoe);
    long assignment = standing(zoe).assignmentId();
    assertNotNull(cycleOf(assignment));

    modules.retire(HANA, moduleId);

    assertNull(cycleOf(assignment), "the instance, and its reminder timers, ended");
    assertTrue(
        training.myTraining(zoe).modules().stream().noneMatch(m -> m.moduleId() == moduleId));
    moduleId = null;
  }

  @Test
  void shouldRequireEveryoneToRetakeAVersionPublishedAsRequiringRecertification() {
    ModuleDraft version1 = quizModule(List.of(role), false);
    moduleId = publish(version1);
    training.takeQuiz(zoe, moduleId, answers(1, List.of(0, 2)));
    training.requireTrained(zoe);

    modules.saveDraft(
        HANA, moduleId, recertify(version1), modules.module(HANA, moduleId).revision());
    modules.publish(HANA, moduleId, null);

    training.requireTrained(zoe);
    training.signedIn(zoe);
    ModuleStanding grace = standing(zoe);
    assertEquals(TrainingStatus.NEW_VERSION_DUE, grace.status(), "version 1 counts for 14 days");
    assertEquals(AssignmentReason.NEW_VERSION, grace.reason());
    clock.advance(Duration.ofDays(14).plusMinutes(1));
    TrainingRequiredException outdated =
        assertThrows(TrainingRequiredException.class, () -> training.requireTrained(zoe));
    assertEquals(TrainingStatus.OUTDATED, outdated.missing().get(0).status());
    assertThrows(
        ConflictException.class,
        () -> training.takeQuiz(zoe, moduleId, answers(1, List.of(0, 2))),
        "answers to version 1 are not scored against version 2");

    training.takeQuiz(zoe, moduleId, answers(2, List.of(0, 2)));

    training.requireTrained(zoe);
    ModuleDetail detail = modules.module(HANA, moduleId);
    assertEquals(2, detail.module().publishedVersion());
    assertEquals("SUPERSEDED", detail.versions().get(1).state().name());
  }

  @Test
  void shouldSuggestTheModuleCoveringARuleTheAuthorKeepsTripping() {
    ModuleDraft confidentiality = quizModule(List.of(role), false);
    moduleId =
        publish(
            new ModuleDraft(
                "Confidentiality " + marker,
                confidentiality.summary(),
                confidentiality.content(),
                null,
                confidentiality.passMark(),
                12,
                14,
                List.of(role),
                List.of(),
                List.of("confidentiality"),
                confidentiality.questions(),
                false));
    training.takeQuiz(zoe, moduleId, answers(1, List.of(0, 2)));
    assertTrue(training.suggestions(zoe).isEmpty());
    ensureConfidential("Project Falcon");

    for (int i = 1; i <= 3; i++) {
      long mention = ingestAndAwait("My invoice is wrong again, take " + i + " (" + marker + ")");
      engagement.claim(zoe, mention);
      engagement.submitDraft(
          zoe, mention, "I work at Relay billing. Project Falcon will sort this out for you.");
    }

    List<Suggestion> mine = training.suggestions(zoe);
    assertEquals(1, mine.size(), "one rule tripped three times, one module covers it");
    assertEquals("confidentiality", mine.get(0).ruleId());
    assertEquals(3, mine.get(0).drafts());
    assertEquals(moduleId, mine.get(0).moduleId());
    assertEquals(TrainingStatus.CURRENT, mine.get(0).status());
    assertTrue(
        compliance.suggestions(HANA).stream()
            .anyMatch(s -> s.author().equals(zoe.username()) && s.moduleId() == moduleId),
        "HR sees the suggestion too");
  }

  @Test
  void shouldLetOnlyHrManageModulesAndRecordCompletionsForOthers() {
    ModuleDraft draft = quizModule(List.of(role), false);

    assertThrows(NotAllowedException.class, () -> modules.create(zoe, draft));
    moduleId = modules.create(HANA, draft).module().id();
    long id = moduleId;
    String revision = modules.module(HANA, id).revision();
    assertThrows(NotAllowedException.class, () -> modules.saveDraft(zoe, id, draft, revision));
    assertThrows(NotAllowedException.class, () -> modules.publish(zoe, id, null));
    assertThrows(NotAllowedException.class, () -> modules.retire(zoe, id));
    assertThrows(NotAllowedException.class, () -> compliance.report(zoe));
    assertThrows(NotAllowedException.class, () -> compliance.sendReminders(zoe, List.of()));
    assertThrows(
        NotAllowedException.class,
        () ->
            compliance.record(
                zoe, new RecordedCompletion(id, zoe.username(), "2026-01-05", "workshop")));

    InvalidInputException invalid =
        assertThrows(
            InvalidInputException.class,
            () ->
                modules.create(
                    HANA,
                    new ModuleDraft(
                        " ",
                        null,
                        null,
                        "ftp://x",
                        0,
                        0,
                        14,
                        List.of("Not A Role"),
                        List.of(),
                        List.of(),
                        List.of(),
                        false)));
    assertEquals(
        List.of("externalUrl", "passMark", "requiredRoles", "title", "validityMonths"),
        invalid.errors().stream().map(e -> e.field().replaceAll("\\[.*", "")).distinct().toList(),
        "every wrong field is named, nothing is stored");
  }

  private long publish(ModuleDraft draft) {
    long id = modules.create(HANA, draft).module().id();
    moduleId = id;
    modules.publish(HANA, id, null);
    return id;
  }

  /** Two questions: the first single choice (option 1 is right), the second multiple (0 and 2). */
  private ModuleDraft quizModule(List<String> roles, boolean recertify) {
    return new ModuleDraft(
        "Speaking for the company " + marker,
        "How employees answer in public",
        "## Say who you are\n\nEvery reply says that you work here.",
        null,
        100,
        12,
        14,
        roles,
        List.of(),
        List.of("disclosure"),
        List.of(
            new ModuleDraft.Question(
                "What does every reply say?",
                false,
                List.of(
                    new ModuleDraft.Option("Nothing about me", false),
                    new ModuleDraft.Option("That I work here", true))),
            new ModuleDraft.Question(
                "Which go to PR first?",
                true,
                List.of(
                    new ModuleDraft.Option("A journalist's question", true),
                    new ModuleDraft.Option("How to export data", false),
                    new ModuleDraft.Option("A boycott", true)))),
        recertify);
  }

  private static ModuleDraft recertify(ModuleDraft draft) {
    return new ModuleDraft(
        draft.title(),
        draft.summary(),
        draft.content() + "\n\nNew: say it in the first line.",
        draft.externalUrl(),
        draft.passMark(),
        draft.validityMonths(),
        draft.dueDays(),
        draft.requiredRoles(),
        draft.requiredDepartments(),
        draft.coveredRules(),
        draft.questions(),
        true);
  }

  private static QuizAnswers answers(int version, List<Integer> second) {
    return new QuizAnswers(version, List.of(List.of(1), second));
  }

  private ModuleStanding standing(Actor actor) {
    return training.myTraining(actor).modules().stream()
        .filter(m -> m.moduleId() == moduleId)
        .findFirst()
        .orElseThrow();
  }

  private ProcessInstance cycleOf(long assignmentId) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey("training")
        .processInstanceBusinessKey(String.valueOf(assignmentId))
        .singleResult();
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return management
        .createJobQuery()
        .processInstanceId(instance.getId())
        .timers()
        .activityId(activityId)
        .singleResult();
  }

  /**
   * Runs the timer now, as the job executor would at its due date, and the step it leads to (in its
   * own job), here or by the job executor, whichever takes it first.
   */
  private void fire(ProcessInstance instance, String activityId) {
    management.executeJob(timer(instance, activityId).getId());
    Await.until(
        "the step after " + activityId + " has run",
        () -> {
          for (Job step :
              management.createJobQuery().processInstanceId(instance.getId()).messages().list()) {
            try {
              management.executeJob(step.getId());
            } catch (ProcessEngineException e) {
              // the job executor has taken it
            }
          }
          return management.createJobQuery().processInstanceId(instance.getId()).messages().count()
              == 0;
        });
  }

  private static List<NotificationKind> kinds(List<NotificationView> notifications) {
    return notifications.stream().map(NotificationView::kind).toList();
  }

  private long ingestAndAwait(String text) {
    String externalId = "training-" + UUID.randomUUID();
    long id =
        ingestion
            .ingest(
                CHANNEL,
                new NewMention(
                    "webhook",
                    externalId,
                    "@customer",
                    text,
                    "https://social.example/p/" + externalId,
                    Instant.now()))
            .mention()
            .id();
    Await.until("Mention " + id + " reaching billing's inbox", () -> findInInbox(zoe, id));
    return id;
  }

  private Optional<InboxItem> findInInbox(Actor actor, long mentionId) {
    return engagement.inbox(actor).stream().filter(i -> i.mentionId() == mentionId).findFirst();
  }
}
