package org.relay.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relay.guidelines.Finding;
import org.relay.guidelines.GuidelineChecker;
import org.relay.guidelines.Severity;
import org.relay.listening.CrisisService;
import org.relay.listening.MentionQueries;
import org.relay.listening.MentionState;
import org.relay.listening.MentionSummary;

@ExtendWith(MockitoExtension.class)
class ReviewServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  @Mock EngagementRecords records;
  @Mock MentionQueries mentionQueries;
  @Mock CrisisService crises;
  @Mock GuidelineChecker guidelines;

  private final ReviewService service = new ReviewService();

  @BeforeEach
  void wire() {
    DraftChecks checks = new DraftChecks();
    checks.crises = crises;
    checks.guidelines = guidelines;
    service.records = records;
    service.mentionQueries = mentionQueries;
    service.draftChecks = checks;
  }

  @Test
  void shouldDecideOnTheFindingsStoredWithTheRevisionWithoutCheckingItAgain() {
    Finding legal =
        new Finding("confidentiality", Severity.NEEDS_REVIEW, "m", "w", "f", "/p", "legal", null);
    stored(List.of(legal));

    ReviewInputs inputs = service.inputsFor(42);

    assertThat(inputs.needsLegal()).isTrue();
    assertThat(inputs.needsPr()).isFalse();
    verifyNoInteractions(guidelines);
  }

  @Test
  void shouldSeeACrisisRaisedAfterTheDraftWasChecked() {
    stored(List.of());
    // The draft was checked with no crisis; PR raised one before the process decides.
    when(crises.isActive("billing")).thenReturn(true);

    ReviewInputs inputs = service.inputsFor(42);

    assertThat(inputs.crisisActive()).isTrue();
    assertThat(inputs.variables()).containsEntry("crisisActive", true);
  }

  private void stored(List<Finding> findings) {
    Draft draft =
        new Draft(7, 1, "carol", "I work at Relay.", EngagementRecords.toJson(findings), NOW);
    when(records.draft(42)).thenReturn(Optional.of(draft));
    when(mentionQueries.summary(7)).thenReturn(Optional.of(mention()));
  }

  private static MentionSummary mention() {
    return new MentionSummary(
        7,
        "webhook",
        "ext-7",
        "@someone",
        "text",
        null,
        NOW,
        NOW,
        "billing",
        MentionState.SUBMITTED,
        false,
        "en",
        "NEUTRAL",
        null,
        "LOW",
        false,
        false);
  }
}
