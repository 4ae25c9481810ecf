package org.relay.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.relay.engagement.CommentView;
import org.relay.engagement.DraftCommentService;
import org.relay.engagement.DraftView;
import org.relay.engagement.EngagementService;
import org.relay.engagement.MentionDetail;
import org.relay.engagement.Queues;
import org.relay.engagement.ReviewService;
import org.relay.engagement.ReviewTask;
import org.relay.shared.Actor;
import org.relay.shared.RelayException;
import org.relay.web.Messages;
import org.relay.web.mention.WordDiff;

/**
 * Backs {@code review/draft.xhtml}: a reviewer's page for one mention: the mention, the draft with
 * its changes since the previous revision, and the findings side by side; the review's due time and
 * the group it falls back to; the comment thread; approve, request changes or reject.
 */
@Named
@ViewScoped
public class DraftReviewView implements Serializable {

  @Inject Actor actor;
  @Inject EngagementService engagement;
  @Inject ReviewService reviews;
  @Inject DraftCommentService comments;

  private long id;
  private transient MentionDetail detail;
  private transient List<CommentView> thread;
  private String reviewComment;
  private String commentBody;
  private Long replyTo;

  public void load() {
    thread = null;
    try {
      detail = engagement.detail(actor, id);
    } catch (RelayException e) {
      detail = null;
      Messages.refused(e);
    }
  }

  public void approve(String kind) {
    decide(kind, ReviewService.Outcome.APPROVE, "Approved");
  }

  public void requestChanges(String kind) {
    decide(kind, ReviewService.Outcome.CHANGES, "Sent back to the author");
  }

  public void reject(String kind) {
    decide(kind, ReviewService.Outcome.REJECT, "Rejected");
  }

  private void decide(String kind, ReviewService.Outcome outcome, String summary) {
    try {
      reviews.decide(actor, id, kind, outcome, reviewComment);
      Messages.info(summary, "Your " + kind + " review is recorded.");
      reviewComment = null;
    } catch (RelayException e) {
      Messages.refused(e);
    }
    load();
  }

  public void postComment() {
    try {
      comments.comment(actor, id, null, replyTo, commentBody);
      Messages.info("Comment posted", "The author and reviewers see it.");
      commentBody = null;
      replyTo = null;
    } catch (RelayException e) {
      Messages.refused(e);
    }
    thread = null;
  }

  public void replyTo(long commentId) {
    replyTo = commentId;
  }

  /** The revision under review (the latest). */
  public DraftView getLatest() {
    List<DraftView> drafts = getDetail() == null ? List.of() : detail.drafts();
    return drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
  }

  /** Word-level changes from the previous revision to the one under review. */
  public List<WordDiff.Segment> getChanges() {
    List<DraftView> drafts = getDetail() == null ? List.of() : detail.drafts();
    if (drafts.size() < 2) {
      return List.of();
    }
    return WordDiff.between(
        drafts.get(drafts.size() - 2).text(), drafts.get(drafts.size() - 1).text());
  }

  /** Whether the actor may decide this open review (the service decides again). */
  public boolean mayDecide(ReviewTask task) {
    return getDetail() != null
        && ("legal".equals(task.kind())
            ? detail.allowed().reviewLegal()
            : detail.allowed().reviewPr());
  }

  /** Who takes the review over when it is not decided in time. */
  public String fallbackOf(ReviewTask task) {
    return task.withLead()
        ? "with the " + task.kind() + " lead now"
        : "then the " + task.kind() + " lead (" + Queues.leadQueueOf(task.kind()) + ")";
  }

  public List<CommentView> getThread() {
    if (thread == null) {
      thread =
          getDetail() == null || !comments.mayTakePart(actor, id)
              ? List.of()
              : comments.thread(actor, id);
    }
    return thread;
  }

  public boolean isMayComment() {
    return getLatest() != null && comments.mayTakePart(actor, id);
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public MentionDetail getDetail() {
    if (detail == null && id > 0) {
      load();
    }
    return detail;
  }

  public String getReviewComment() {
    return reviewComment;
  }

  public void setReviewComment(String reviewComment) {
    this.reviewComment = reviewComment;
  }

  public String getCommentBody() {
    return commentBody;
  }

  public void setCommentBody(String commentBody) {
    this.commentBody = commentBody;
  }

  public Long getReplyTo() {
    return replyTo;
  }
}
