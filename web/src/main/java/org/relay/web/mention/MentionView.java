package org.relay.web.mention;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.relay.directory.DirectoryService;
import org.relay.directory.Person;
import org.relay.engagement.CommentView;
import org.relay.engagement.DraftCheck;
import org.relay.engagement.DraftCommentService;
import org.relay.engagement.DraftView;
import org.relay.engagement.EngagementService;
import org.relay.engagement.MentionDetail;
import org.relay.engagement.ReviewRoute;
import org.relay.engagement.ReviewService;
import org.relay.guidelines.CannedMessageService;
import org.relay.guidelines.CannedMessageView;
import org.relay.guidelines.Finding;
import org.relay.guidelines.FindingCount;
import org.relay.guidelines.FindingStatsService;
import org.relay.shared.Actor;
import org.relay.shared.InvalidInputException;
import org.relay.shared.RelayException;

/**
 * Backs {@code mention/index.xhtml}: one mention, its timeline and drafts, the draft editor with
 * the live guideline check, and the actions this user may take. Every action goes through the
 * services, which decide again.
 */
@Named
@ViewScoped
public class MentionView implements Serializable {

  @Inject Actor actor;
  @Inject EngagementService engagement;
  @Inject ReviewService reviews;
  @Inject DirectoryService directory;
  @Inject CannedMessageService canned;
  @Inject DraftCommentService comments;
  @Inject FindingStatsService findingStats;

  private long id;
  private transient MentionDetail detail;
  private String draft = "";
  private transient DraftCheck draftCheck;
  private transient List<CannedMessageView> cannedMessages;
  private transient List<CommentView> thread;
  private Boolean mayComment;
  private transient List<FindingCount> myFindings;
  private Long cannedId;
  private String commentBody;
  private Long replyTo;
  private String transferTo;
  private String note;
  private String reason;
  private String reviewComment;
  private String reassignTo;
  private transient List<String> departments;
  private transient List<Person> departmentMembers;

  /** Loads the mention named by the view parameter {@code id}. */
  public void load() {
    departments = null;
    departmentMembers = null;
    cannedMessages = null;
    thread = null;
    mayComment = null;
    myFindings = null;
    draftCheck = null;
    try {
      detail = engagement.detail(actor, id);
      if (draft.isEmpty() && !detail.drafts().isEmpty() && detail.allowed().draft()) {
        draft = detail.drafts().get(detail.drafts().size() - 1).text();
        check();
      }
    } catch (RelayException e) {
      detail = null;
      message(FacesMessage.SEVERITY_WARN, e.title(), e.getMessage());
    }
  }

  /**
   * The live check while the author types: findings with why and fix, and who will review and why
   * (review-policy.dmn, as the process will decide); the server checks again on submit.
   */
  public void check() {
    try {
      draftCheck = engagement.check(actor, id, draft);
    } catch (RelayException e) {
      draftCheck = null;
      message(FacesMessage.SEVERITY_WARN, e.title(), e.getMessage());
    }
  }

  /** Starts the draft from the chosen canned message (refused while it is frozen). */
  public void insertCanned() {
    if (cannedId == null) {
      message(FacesMessage.SEVERITY_WARN, "No message chosen", "Choose a canned message first.");
      return;
    }
    try {
      draft = canned.use(actor, cannedId).text();
      check();
      message(
          FacesMessage.SEVERITY_INFO,
          "Inserted",
          "Now make it yours: a canned message is a starting point, not the reply.");
    } catch (RelayException e) {
      message(FacesMessage.SEVERITY_WARN, e.title(), e.getMessage());
    }
    cannedMessages = null;
  }

  /** Posts a comment on the latest revision, or a reply to {@link #replyTo}. */
  public void postComment() {
    try {
      comments.comment(actor, id, null, replyTo, commentBody);
      message(FacesMessage.SEVERITY_INFO, "Comment posted", "The author and reviewers see it.");
      commentBody = null;
      replyTo = null;
    } catch (InvalidInputException e) {
      message(FacesMessage.SEVERITY_WARN, e.title(), e.getMessage());
    } catch (RelayException e) {
      message(FacesMessage.SEVERITY_WARN, e.title(), e.getMessage());
    }
    thread = null;
  }

  public void replyTo(long commentId) {
    replyTo = commentId;
  }

  public void claim() {
    act(() -> engagement.claim(actor, id), "Claimed", "The mention is yours to answer.");
  }

  public void unclaim() {
    act(() -> engagement.unclaim(actor, id), "Given back", "The mention is back in its queue.");
  }

  public void submit() {
    act(
        () -> engagement.submitDraft(actor, id, draft),
        "Submitted",
        "Your reply goes on: " + reviewSummary() + ".");
  }

  public void transfer() {
    act(
        () -> engagement.transfer(actor, id, transferTo, note),
        "Transferred",
        "The mention is now with " + transferTo + ".");
  }

  public void close() {
    act(() -> engagement.closeNoReply(actor, id, reason), "Closed", "No reply will be sent.");
  }

  public void escalate() {
    act(() -> engagement.escalate(actor, id, note), "Escalated", "PR has the mention now.");
  }

  public void reassign() {
    act(
        () -> engagement.reassign(actor, id, reassignTo),
        "Reassigned",
        reassignTo + " owns the mention now.");
  }

  public void approve(String kind) {
    review(kind, ReviewService.Outcome.APPROVE, "Approved");
  }

  public void requestChanges(String kind) {
    review(kind, ReviewService.Outcome.CHANGES, "Sent back to the author");
  }

  public void reject(String kind) {
    review(kind, ReviewService.Outcome.REJECT, "Rejected");
  }

  private void review(String kind, ReviewService.Outcome outcome, String summary) {
    act(() -> reviews.decide(actor, id, kind, outcome, reviewComment), summary, "Thank you.");
  }

  private void act(Runnable action, String summary, String detailMessage) {
    try {
      action.run();
      message(FacesMessage.SEVERITY_INFO, summary, detailMessage);
      note = null;
      reason = null;
      reviewComment = null;
    } catch (InvalidInputException e) {
      String fields =
          String.join(
              " ", e.errors().stream().map(InvalidInputException.FieldError::message).toList());
      message(FacesMessage.SEVERITY_WARN, e.title(), e.getMessage() + " " + fields);
    } catch (RelayException e) {
      message(FacesMessage.SEVERITY_WARN, e.title(), e.getMessage());
    }
    load();
  }

  /** Who will review the draft as it stands, and why (the policy decides again on submit). */
  public String reviewSummary() {
    DraftCheck current = getDraftCheck();
    if (current == null) {
      return "the server decides when you submit";
    }
    if (current.blocked()) {
      return "it cannot be submitted until the blocking findings are fixed";
    }
    ReviewRoute route = current.review();
    if (!route.legal() && !route.pr()) {
      return "it is published as written, without review";
    }
    return route.reviewers() + " review" + (route.legal() && route.pr() ? "" : "s") + " it";
  }

  public boolean isBlocked() {
    DraftCheck current = getDraftCheck();
    return current != null && current.blocked();
  }

  public DraftCheck getDraftCheck() {
    if (draftCheck == null && id > 0 && getDetail() != null && detail.allowed().draft()) {
      check();
    }
    return draftCheck;
  }

  /** The canned messages offered for this mention's topic (frozen ones marked). */
  public List<CannedMessageView> getCannedMessages() {
    if (cannedMessages == null) {
      cannedMessages =
          getDetail() == null ? List.of() : canned.forTopic(actor, detail.mention().topic());
    }
    return cannedMessages;
  }

  /** The comments on the drafts, each followed by its replies. */
  public List<CommentView> getThread() {
    if (thread == null) {
      thread =
          getDetail() == null || !comments.mayTakePart(actor, id)
              ? List.of()
              : comments.thread(actor, id);
    }
    return thread;
  }

  /** Whether the signed-in person may comment (the service decides again). */
  public boolean isMayComment() {
    if (getDetail() == null || detail.drafts().isEmpty()) {
      return false;
    }
    if (mayComment == null) {
      mayComment = comments.mayTakePart(actor, id);
    }
    return mayComment;
  }

  /** The author's own findings repeated over the last 90 days. */
  public List<FindingCount> getMyRepeatedFindings() {
    if (myFindings == null) {
      myFindings = findingStats.mine(actor).stream().filter(FindingCount::repeated).toList();
    }
    return myFindings;
  }

  /** Word-level changes from the previous revision to the latest. */
  public List<WordDiff.Segment> getLatestChanges() {
    List<DraftView> drafts = detail == null ? List.of() : detail.drafts();
    if (drafts.size() < 2) {
      return List.of();
    }
    return WordDiff.between(
        drafts.get(drafts.size() - 2).text(), drafts.get(drafts.size() - 1).text());
  }

  /** The departments a transfer can go to (read from the directory once per page). */
  public List<String> getDepartments() {
    if (departments == null) {
      String current =
          getDetail() == null || detail.replyTask() == null
              ? null
              : detail.replyTask().department();
      departments = directory.departmentNames().stream().filter(d -> !d.equals(current)).toList();
    }
    return departments;
  }

  /** The members a lead can reassign to (read from the directory once per page). */
  public List<Person> getDepartmentMembers() {
    if (departmentMembers == null) {
      departmentMembers =
          getDetail() == null || detail.replyTask() == null
              ? List.of()
              : directory.members(detail.replyTask().department());
    }
    return departmentMembers;
  }

  private Integer channelLimit;

  public int getChannelLimit() {
    if (channelLimit == null) {
      channelLimit = detail == null ? 5000 : engagement.replyLimit(detail.mention());
    }
    return channelLimit;
  }

  private static void message(FacesMessage.Severity severity, String summary, String detail) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, detail));
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

  public String getDraft() {
    return draft;
  }

  public void setDraft(String draft) {
    this.draft = draft == null ? "" : draft;
  }

  public List<Finding> getFindings() {
    DraftCheck current = getDraftCheck();
    return current == null ? List.of() : current.findings();
  }

  public Long getCannedId() {
    return cannedId;
  }

  public void setCannedId(Long cannedId) {
    this.cannedId = cannedId;
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

  public String getTransferTo() {
    return transferTo;
  }

  public void setTransferTo(String transferTo) {
    this.transferTo = transferTo;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getReviewComment() {
    return reviewComment;
  }

  public void setReviewComment(String reviewComment) {
    this.reviewComment = reviewComment;
  }

  public String getReassignTo() {
    return reassignTo;
  }

  public void setReassignTo(String reassignTo) {
    this.reassignTo = reassignTo;
  }
}
