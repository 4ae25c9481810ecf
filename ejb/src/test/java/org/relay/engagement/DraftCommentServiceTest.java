package org.relay.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relay.guidelines.GuidelineChecker;
import org.relay.guidelines.rules.DraftUnderCheck;
import org.relay.guidelines.rules.PersonalDataRule;
import org.relay.guidelines.rules.RuleSet;
import org.relay.shared.Actor;
import org.relay.shared.InvalidInput;
import org.relay.shared.InvalidInputException;
import org.relay.shared.InvalidInputException.FieldError;

class DraftCommentServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  private final Actor carol = new Actor("carol", null, Set.of("billing"), Set.of("employee"));
  private final Actor lena = new Actor("lena", null, Set.of(), Set.of("employee", "legal"));
  private final Actor paul = new Actor("paul", null, Set.of(), Set.of("employee", "pr"));
  private final Actor legalLead =
      new Actor("lars", null, Set.of("legal"), Set.of("employee", "department-lead"));
  private final Actor billingLead =
      new Actor("bea", null, Set.of("billing"), Set.of("employee", "department-lead"));
  private final Actor alice = new Actor("alice", null, Set.of("support"), Set.of("employee"));

  @Test
  void shouldLetTheAuthorAndTheReviewersOfTheDraftTakePartAndNobodyElse() {
    Set<String> authors = Set.of("carol");
    Set<String> sentToLegal = Set.of("legal");

    assertThat(DraftCommentService.mayTakePart(carol, authors, sentToLegal, List.of())).isTrue();
    assertThat(DraftCommentService.mayTakePart(lena, authors, sentToLegal, List.of())).isTrue();
    assertThat(DraftCommentService.mayTakePart(paul, authors, sentToLegal, List.of()))
        .as("PR does not review this draft")
        .isFalse();
    assertThat(DraftCommentService.mayTakePart(alice, authors, sentToLegal, List.of())).isFalse();
    assertThat(DraftCommentService.mayTakePart(billingLead, authors, sentToLegal, List.of()))
        .isFalse();
  }

  @Test
  void shouldLetNoReviewerTakePartInADraftNoReviewWasAskedFor() {
    assertThat(DraftCommentService.mayTakePart(lena, Set.of("carol"), Set.of(), List.of()))
        .isFalse();
  }

  @Test
  void shouldLetTheLeadOfTheReviewersTakePartOnceTheReviewIsOverdue() {
    ReviewTask overdue = new ReviewTask("t", 7, "legal", "why", NOW, NOW, true);
    ReviewTask onTime = new ReviewTask("t", 7, "legal", "why", NOW, NOW, false);

    assertThat(
            DraftCommentService.mayTakePart(
                legalLead, Set.of("carol"), Set.of("legal"), List.of(overdue)))
        .isTrue();
    assertThat(
            DraftCommentService.mayTakePart(
                legalLead, Set.of("carol"), Set.of("legal"), List.of(onTime)))
        .isFalse();
  }

  @Test
  void shouldStoreACommentWithoutControlOverrideOrInvisibleCharacters() {
    String body = " Please\u0000 drop \u202Eti\u202C the name\u200B.\r\nThanks\t👍 \u0007";

    assertThat(DraftCommentService.sanitised(body))
        .isEqualTo("Please drop ti the name.\nThanks\t👍");
  }

  @Test
  void shouldKeepEmojiSequencesAndComposeAccents() {
    assertThat(DraftCommentService.sanitised("Danke, Jo\u0308rg 👩\u200D💻"))
        .isEqualTo("Danke, Jörg 👩\u200D💻");
  }

  @Test
  void shouldRefuseACommentWithPersonalDataWithTheFixAndStoreNothing() throws Exception {
    EntityManager em = mock(EntityManager.class);
    DraftCommentService service = serviceWithADraftOfCarol(em);

    InvalidInputException refused =
        InvalidInput.refusal(
            () -> service.comment(carol, 7, null, null, "She gave me her number: +49 30 1234567"));

    assertThat(refused).hasMessageContaining("personal data");
    FieldError error = InvalidInput.singleError(refused);
    assertThat(error.field()).isEqualTo("body");
    assertThat(error.message()).contains("phone number").contains("send it privately");
    verifyNoInteractions(em);
  }

  @Test
  void shouldRefuseACommentWithAnEmailAddressHiddenByInvisibleCharacters() throws Exception {
    EntityManager em = mock(EntityManager.class);
    DraftCommentService service = serviceWithADraftOfCarol(em);

    assertThatThrownBy(
            () -> service.comment(carol, 7, null, null, "Write to jane\u200B@example.com please"))
        .isInstanceOf(InvalidInputException.class);
    verifyNoInteractions(em);
  }

  private DraftCommentService serviceWithADraftOfCarol(EntityManager em) throws Exception {
    DraftCommentService service = new DraftCommentService();
    service.records = mock(EngagementRecords.class);
    service.workflow = mock(EngagementWorkflow.class);
    service.guidelines = mock(GuidelineChecker.class);
    java.lang.reflect.Field emField = DraftCommentService.class.getDeclaredField("em");
    emField.setAccessible(true);
    emField.set(service, em);
    Draft draft = new Draft(7, 1, "carol", "I work at Relay: fixed.", "[]", NOW);
    java.lang.reflect.Field id = Draft.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(draft, 11L);
    when(service.records.drafts(7)).thenReturn(List.of(draft));
    // The personal-data rule with its default settings, as the checker would run it.
    when(service.guidelines.personalData(anyString()))
        .thenAnswer(
            call ->
                RuleSet.defaults()
                    .check(PersonalDataRule.ID, DraftUnderCheck.of(call.getArgument(0))));
    return service;
  }
}
