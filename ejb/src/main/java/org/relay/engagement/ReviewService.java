package org.relay.engagement;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relay.audit.AuditTrail;
import org.relay.listening.Mention;
import org.relay.listening.MentionQueries;
import org.relay.listening.MentionRepository;
import org.relay.listening.MentionState;
import org.relay.listening.MentionSummary;
import org.relay.shared.Actor;
import org.relay.shared.InvalidInputException;
import org.relay.shared.InvalidInputException.FieldError;
import org.relay.shared.NotAllowedException;
import org.relay.shared.NotFoundException;

/**
 * Legal and PR review of the drafts the review policy sends them. A reviewer approves, requests
 * changes (the draft goes back to its author with the comment) or rejects with a reason. Only
 * {@code legal} users review for legal and {@code pr} users for PR; once a review is overdue, the
 * reviewers' lead may too; nobody reviews their own draft.
 */
@Stateless
public class ReviewService {

  /** What a reviewer decides. */
  public enum Outcome {
    APPROVE("approve"),
    CHANGES("changes"),
    REJECT("reject");

    final String processValue;

    Outcome(String processValue) {
      this.processValue = processValue;
    }
  }

  @Inject EngagementWorkflow workflow;
  @Inject EngagementRecords records;
  @Inject MentionRepository mentions;
  @Inject AuditTrail audit;
  @Inject DraftChecks draftChecks;
  @Inject MentionQueries mentionQueries;

  /**
   * What the review policy decides on for a submitted revision: the findings the server stored with
   * it when it was submitted (the revision is not checked again, so what was checked is what is
   * reviewed and published), and the mention as it is now: the crisis state of its topic at the
   * moment of the decision, hot issue, topic and reach. Called by the process, right before it
   * decides, in the transaction that submitted the draft.
   */
  public ReviewInputs inputsFor(long draftId) {
    Draft draft =
        records
            .draft(draftId)
            .orElseThrow(() -> new NotFoundException("No draft " + draftId + "."));
    MentionSummary mention =
        mentionQueries
            .summary(draft.getMentionId())
            .orElseThrow(() -> new NotFoundException("No mention " + draft.getMentionId() + "."));
    return draftChecks.inputs(EngagementRecords.findingsOf(draft), mention);
  }

  /** The reviews waiting for the actor: their kinds, oldest first. */
  public List<ReviewItem> queue(Actor actor) {
    Set<String> kinds = Queues.reviewKindsOf(actor);
    if (kinds.isEmpty()) {
      return List.of();
    }
    return workflow.openReviewTasks(kinds).stream()
        .sorted(Comparator.comparing(ReviewTask::createdAt))
        .map(this::item)
        .flatMap(java.util.Optional::stream)
        .toList();
  }

  public void decide(Actor actor, long mentionId, String kind, Outcome outcome, String comment) {
    if (outcome == null) {
      throw invalid("outcome", "choose approve, changes or reject");
    }
    ReviewTask task =
        workflow.openReviewTasks(mentionId).stream()
            .filter(t -> t.kind().equals(kind))
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "Mention " + mentionId + " has no open " + kind + " review."));
    Draft draft =
        records
            .latestDraft(mentionId)
            .orElseThrow(() -> new NotFoundException("Mention " + mentionId + " has no draft."));
    if (!mayReview(actor, List.of(task), kind, null)) {
      throw new NotAllowedException(
          "Only "
              + kind
              + " reviewers"
              + (task.withLead() ? " or their lead" : "")
              + " may decide this review.");
    }
    if (draft.getAuthor().equals(actor.username())) {
      throw new NotAllowedException(
          "Nobody reviews their own draft: another reviewer must decide.");
    }
    if (outcome != Outcome.APPROVE && (comment == null || comment.isBlank())) {
      throw invalid("comment", "tell the author what to change, or why it is rejected");
    }
    records.store(
        new ReviewDecision(
            draft.getId(),
            kind,
            actor.username(),
            outcome.processValue,
            blankToNull(comment),
            Instant.now()));
    Mention mention =
        mentions
            .find(mentionId)
            .orElseThrow(() -> new NotFoundException("No mention " + mentionId + "."));
    MentionState to =
        switch (outcome) {
          case APPROVE -> mention.getState();
          case CHANGES ->
              mention.getState() == MentionState.REJECTED
                  ? MentionState.REJECTED
                  : MentionState.CHANGES_REQUESTED;
          case REJECT -> MentionState.REJECTED;
        };
    MentionState from = mention.moveTo(to);
    audit.record(
        mentionId,
        actor.username(),
        kind + "-review-" + outcome.processValue,
        from.name(),
        to.name(),
        "revision "
            + draft.getRevision()
            + (comment == null || comment.isBlank() ? "" : ": " + comment.strip()));
    workflow.complete(task.taskId(), Map.of(kind + "Outcome", outcome.processValue));
  }

  /** Whether the actor may decide an open review of this kind (not counting authorship). */
  static boolean mayReview(Actor actor, List<ReviewTask> open, String kind, String author) {
    if (author != null && author.equals(actor.username())) {
      return false;
    }
    return open.stream()
        .filter(task -> task.kind().equals(kind))
        .anyMatch(
            task ->
                Queues.reviewKindsOf(actor).contains(kind)
                    || (task.withLead() && Queues.isLeadOf(actor, kind)));
  }

  private java.util.Optional<ReviewItem> item(ReviewTask task) {
    return mentions
        .find(task.mentionId())
        .flatMap(
            mention ->
                records
                    .latestDraft(task.mentionId())
                    .map(
                        draft ->
                            new ReviewItem(
                                task, mention.summary(), EngagementRecords.view(draft))));
  }

  private static InvalidInputException invalid(String field, String message) {
    return new InvalidInputException(
        "Nothing was changed: " + message + ".", List.of(new FieldError(field, message)));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A review waiting in a queue: the task, the mention and the draft to review. */
  public record ReviewItem(ReviewTask task, MentionSummary mention, DraftView draft) {}
}
