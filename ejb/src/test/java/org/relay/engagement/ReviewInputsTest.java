package org.relay.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relay.guidelines.Finding;
import org.relay.guidelines.Severity;
import org.relay.listening.MentionState;
import org.relay.listening.MentionSummary;

class ReviewInputsTest {

  private static final MentionSummary MENTION =
      new MentionSummary(
          7,
          "webhook",
          "x-1",
          "@ana",
          "text",
          null,
          Instant.EPOCH,
          Instant.EPOCH,
          "outage",
          MentionState.CLAIMED,
          false,
          "en",
          "NEGATIVE",
          12000,
          "HIGH",
          false,
          false);

  @Test
  void shouldAskForLegalAndPrAsTheFindingsSayWithTheMentionsTopicAndReach() {
    ReviewInputs inputs =
        ReviewInputs.of(
            List.of(finding("confidentiality", "legal", null), finding("tone", "pr", null)),
            MENTION,
            true);

    assertThat(inputs.variables())
        .containsEntry("needsLegal", true)
        .containsEntry("needsPr", true)
        .containsEntry("authenticity", "none")
        .containsEntry("crisisActive", true)
        .containsEntry("hotIssue", false)
        .containsEntry("mentionTopic", "outage")
        .containsEntry("mentionReach", "HIGH");
  }

  @Test
  void shouldGradeResemblanceToStockWordingByItsStrongestFinding() {
    assertThat(
            ReviewInputs.of(List.of(finding("authenticity", null, null)), MENTION, false)
                .authenticity())
        .isEqualTo("similar");
    assertThat(
            ReviewInputs.of(
                    List.of(
                        finding("authenticity", null, "very-high"),
                        finding("authenticity", null, null)),
                    MENTION,
                    false)
                .authenticity())
        .isEqualTo("very-high");
  }

  @Test
  void shouldKeepAHotIssueTheProcessMarked() {
    assertThat(ReviewInputs.of(List.of(), MENTION, false).withHotIssue(true).hotIssue()).isTrue();
  }

  private static Finding finding(String rule, String reviewer, String signal) {
    return new Finding(
        rule,
        reviewer == null ? Severity.WARN : Severity.NEEDS_REVIEW,
        "m",
        "w",
        "f",
        "/relay/policy/index.xhtml#tone",
        reviewer,
        signal);
  }
}
