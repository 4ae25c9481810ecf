package org.relay.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relay.audit.AuditTrail;
import org.relay.directory.DirectoryService;
import org.relay.directory.Person;
import org.relay.guidelines.Finding;
import org.relay.guidelines.FindingLog;
import org.relay.guidelines.Severity;
import org.relay.listening.Mention;
import org.relay.listening.MentionQueries;
import org.relay.listening.MentionRepository;
import org.relay.listening.MentionState;
import org.relay.listening.MentionSummary;
import org.relay.shared.Actor;
import org.relay.shared.ConflictException;
import org.relay.shared.NotAllowedException;
import org.relay.training.MissingModule;
import org.relay.training.TrainingRequiredException;
import org.relay.training.TrainingService;
import org.relay.training.TrainingStatus;

@ExtendWith(MockitoExtension.class)
class EngagementServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  @Mock EngagementWorkflow workflow;
  @Mock MentionQueries mentions;
  @Mock MentionRepository mentionRepository;
  @Mock AuditTrail audit;
  @Mock TrainingService training;
  @Mock EngagementRecords records;
  @Mock DraftChecks draftChecks;
  @Mock FindingLog findingLog;
  @Mock DirectoryService directory;

  private final EngagementService service = new EngagementService();
  private final Actor carol = employee("carol", "billing");

  @BeforeEach
  void wire() {
    service.workflow = workflow;
    service.mentions = mentions;
    service.mentionRepository = mentionRepository;
    service.audit = audit;
    service.training = training;
    service.records = records;
    service.draftChecks = draftChecks;
    service.findingLog = findingLog;
    service.directory = directory;
  }

  @Test
  void shouldCheckASubmittedDraftOnceAndStoreExactlyTheTextItChecked() {
    when(workflow.openReplyTask(7)).thenReturn(Optional.of(task(7, "billing", "carol")));
    when(mentions.summary(7)).thenReturn(Optional.of(mention(7)));
    when(draftChecks.replyLimit(any())).thenReturn(5000);
    when(records.drafts(7)).thenReturn(List.of());
    List<Finding> found = List.of(tone());
    when(draftChecks.findings(any(), anyString(), anyString())).thenReturn(found);
    when(records.storeDraft(any())).thenAnswer(call -> stored(call.getArgument(0)));
    Mention mention = org.mockito.Mockito.mock(Mention.class);
    when(mentionRepository.find(7)).thenReturn(Optional.of(mention));
    when(mention.moveTo(MentionState.SUBMITTED)).thenReturn(MentionState.CLAIMED);

    service.submitDraft(carol, 7, "\n  I work at Relay billing: fixed now.  \n");

    ArgumentCaptor<String> checked = ArgumentCaptor.forClass(String.class);
    verify(draftChecks, times(1)).findings(any(), anyString(), checked.capture());
    ArgumentCaptor<Draft> stored = ArgumentCaptor.forClass(Draft.class);
    verify(records).storeDraft(stored.capture());
    assertThat(stored.getValue().getText()).isEqualTo(checked.getValue());
    assertThat(stored.getValue().getText()).isEqualTo("I work at Relay billing: fixed now.");
    assertThat(EngagementRecords.findingsOf(stored.getValue())).isEqualTo(found);
  }

  @Test
  void shouldMeasureTheLimitOnTheTextThatIsStored() {
    when(workflow.openReplyTask(7)).thenReturn(Optional.of(task(7, "billing", "carol")));
    when(mentions.summary(7)).thenReturn(Optional.of(mention(7)));
    when(draftChecks.replyLimit(any())).thenReturn(20);
    when(records.drafts(7)).thenReturn(List.of());
    when(draftChecks.findings(any(), anyString(), anyString())).thenReturn(List.of());
    when(records.storeDraft(any())).thenAnswer(call -> stored(call.getArgument(0)));
    Mention mention = org.mockito.Mockito.mock(Mention.class);
    when(mentionRepository.find(7)).thenReturn(Optional.of(mention));
    when(mention.moveTo(MentionState.SUBMITTED)).thenReturn(MentionState.CLAIMED);

    service.submitDraft(carol, 7, "    Relay staff: done.     ");

    verify(records).storeDraft(any());
  }

  @Test
  void shouldCountARefusedRevisionWithTheRevisionItWouldHaveBeen() {
    when(workflow.openReplyTask(7)).thenReturn(Optional.of(task(7, "billing", "carol")));
    when(mentions.summary(7)).thenReturn(Optional.of(mention(7)));
    when(draftChecks.replyLimit(any())).thenReturn(5000);
    when(records.drafts(7)).thenReturn(List.of());
    List<Finding> blocking = List.of(phone());
    when(draftChecks.findings(any(), anyString(), anyString())).thenReturn(blocking);

    assertThatThrownBy(() -> service.submitDraft(carol, 7, "Call +49 30 1234567"))
        .isInstanceOf(org.relay.shared.InvalidInputException.class)
        .hasMessageContaining("breaks a guideline");
    verify(findingLog).recordRefused(7, 1, "carol", blocking);
    verify(records, never()).storeDraft(any());
  }

  @Test
  void shouldRefuseToCheckATextFarLongerThanAnyReply() {
    assertThatThrownBy(() -> service.check(carol, 7, "x".repeat(10_001)))
        .isInstanceOf(org.relay.shared.InvalidInputException.class);
    verifyNoInteractions(draftChecks);
  }

  @Test
  void shouldRefuseToReassignAMentionToAMemberWithoutCurrentTraining() {
    Actor marcus =
        new Actor("marcus", null, Set.of("billing"), Set.of("employee", "department-lead"));
    when(workflow.openReplyTask(7)).thenReturn(Optional.of(task(7, "billing", "marcus")));
    when(directory.members("billing")).thenReturn(List.of(new Person("carol", "Carol")));
    doThrow(missing("Speaking for the company")).when(training).requireTrainedToTakeOver("carol");

    assertThatThrownBy(() -> service.reassign(marcus, 7, "carol"))
        .isInstanceOf(TrainingRequiredException.class)
        .hasMessageContaining("Speaking for the company");
    verify(workflow, never()).assign(anyString(), anyString());
  }

  @Test
  void shouldReassignToATrainedMember() {
    Actor marcus =
        new Actor("marcus", null, Set.of("billing"), Set.of("employee", "department-lead"));
    when(workflow.openReplyTask(7)).thenReturn(Optional.of(task(7, "billing", "marcus")));
    when(directory.members("billing")).thenReturn(List.of(new Person("carol", "Carol")));
    Mention mention = org.mockito.Mockito.mock(Mention.class);
    when(mentionRepository.find(7)).thenReturn(Optional.of(mention));
    when(mention.moveTo(MentionState.CLAIMED)).thenReturn(MentionState.CLAIMED);

    service.reassign(marcus, 7, "carol");

    verify(training).requireTrainedToTakeOver("carol");
    verify(workflow).assign("task-7", "carol");
  }

  @Test
  void shouldRefuseAClaimWhileRequiredTrainingIsMissingNamingTheModule() {
    when(workflow.openReplyTask(7)).thenReturn(Optional.of(task(7, "billing", null)));
    doThrow(missing("Speaking for the company")).when(training).requireTrained(carol);

    assertThatThrownBy(() -> service.claim(carol, 7))
        .isInstanceOf(TrainingRequiredException.class)
        .hasMessageContaining("Speaking for the company");
    verify(workflow, never()).claim(anyString(), anyString());
  }

  @Test
  void shouldRefuseADraftOfAnOwnerWhoseTrainingExpired() {
    when(workflow.openReplyTask(7)).thenReturn(Optional.of(task(7, "billing", "carol")));
    doThrow(missing("Confidentiality")).when(training).requireTrained(carol);

    assertThatThrownBy(() -> service.submitDraft(carol, 7, "I work at Relay: fixed."))
        .isInstanceOf(TrainingRequiredException.class);
    verify(workflow, never()).complete(anyString(), any());
  }

  @Test
  void shouldTellSomeoneOfAnotherDepartmentThatFirstEvenWithoutTraining() {
    when(workflow.openReplyTask(7)).thenReturn(Optional.of(task(7, "billing", null)));

    assertThatThrownBy(() -> service.claim(employee("alice", "support"), 7))
        .isInstanceOf(NotAllowedException.class)
        .isNotInstanceOf(TrainingRequiredException.class);
    verifyNoInteractions(training);
  }

  @Test
  void shouldRefuseAClaimFromAnotherDepartmentWithoutTouchingTheTask() {
    when(workflow.openReplyTask(7)).thenReturn(Optional.of(task(7, "billing", null)));

    assertThatThrownBy(() -> service.claim(employee("alice", "support"), 7))
        .isInstanceOf(NotAllowedException.class)
        .hasMessageContaining("billing");
    verify(workflow, never()).claim(anyString(), anyString());
  }

  @Test
  void shouldRefuseAClaimFromSomeoneWhoIsNotAnEmployee() {
    when(workflow.openReplyTask(7)).thenReturn(Optional.of(task(7, "billing", null)));
    Actor channel = new Actor("ingest-client", null, Set.of("billing"), Set.of("ingest"));

    assertThatThrownBy(() -> service.claim(channel, 7)).isInstanceOf(NotAllowedException.class);
  }

  @Test
  void shouldNameTheOwnerWhenTheMentionIsAlreadyClaimed() {
    when(workflow.openReplyTask(7)).thenReturn(Optional.of(task(7, "billing", "marcus")));

    assertThatThrownBy(() -> service.claim(carol, 7))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("marcus");
  }

  @Test
  void shouldTreatClaimingYourOwnMentionAgainAsDone() {
    when(workflow.openReplyTask(7)).thenReturn(Optional.of(task(7, "billing", "carol")));
    when(mentions.summary(7)).thenReturn(Optional.of(mention(7)));

    assertThat(service.claim(carol, 7).assignee()).isEqualTo("carol");
    verify(workflow, never()).claim(anyString(), anyString());
  }

  @Test
  void shouldClaimForAnEmployeeOfTheDepartment() {
    when(workflow.openReplyTask(7)).thenReturn(Optional.of(task(7, "billing", null)));
    when(mentions.summary(7)).thenReturn(Optional.of(mention(7)));
    when(mentionRepository.find(7))
        .thenReturn(Optional.of(org.mockito.Mockito.mock(Mention.class)));
    when(mentionRepository.find(7).get().moveTo(MentionState.CLAIMED)).thenReturn(MentionState.NEW);

    assertThat(service.claim(carol, 7).assignee()).isEqualTo("carol");
    verify(workflow).claim("task-7", "carol");
  }

  @Test
  void shouldListHighPriorityFirstThenTheEarliestDue() {
    ReplyTask normalSoon = task(1, "billing", null, "normal", NOW.plusSeconds(60));
    ReplyTask highLate = task(2, "billing", null, "high", NOW.plusSeconds(7200));
    ReplyTask highSoon = task(3, "billing", null, "high", NOW.plusSeconds(600));
    when(workflow.openReplyTasks(Set.of("billing")))
        .thenReturn(List.of(normalSoon, highLate, highSoon));
    when(mentions.summaries(any())).thenReturn(List.of(mention(1), mention(2), mention(3)));

    assertThat(service.inbox(carol)).extracting(InboxItem::mentionId).containsExactly(3L, 2L, 1L);
  }

  @Test
  void shouldShowAnEmptyInboxToSomeoneInNoDepartment() {
    assertThat(service.inbox(new Actor("ada", null, Set.of(), Set.of("admin")))).isEmpty();
    verifyNoInteractions(workflow);
  }

  /** The draft as the database gives it back: with an id. */
  private static Draft stored(Draft draft) throws ReflectiveOperationException {
    java.lang.reflect.Field id = Draft.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(draft, 11L);
    return draft;
  }

  private static Finding tone() {
    return new Finding(
        "tone", Severity.NEEDS_REVIEW, "promise", "why", "fix", "/policy#tone", "pr", null);
  }

  private static Finding phone() {
    return new Finding(
        "personal-data", Severity.BLOCK, "phone", "why", "fix", "/policy#privacy", null, null);
  }

  private static TrainingRequiredException missing(String title) {
    return new TrainingRequiredException(
        List.of(new MissingModule(1, title, TrainingStatus.MISSING, null)));
  }

  private static Actor employee(String username, String department) {
    return new Actor(username, null, Set.of(department), Set.of("employee"));
  }

  private static ReplyTask task(long mentionId, String department, String assignee) {
    return task(mentionId, department, assignee, "normal", NOW.plusSeconds(3600));
  }

  private static ReplyTask task(
      long mentionId, String department, String assignee, String priority, Instant due) {
    return new ReplyTask(
        "task-" + mentionId, mentionId, department, priority, NOW, due, assignee, false);
  }

  private static MentionSummary mention(long id) {
    return new MentionSummary(
        id,
        "webhook",
        "ext-" + id,
        "@someone",
        "text " + id,
        null,
        NOW,
        NOW,
        "billing",
        MentionState.NEW,
        false,
        "en",
        "NEUTRAL",
        null,
        "UNKNOWN",
        false,
        false);
  }
}
