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
import org.relay.engagement.DraftView;
import org.relay.engagement.EngagementService;
import org.relay.engagement.MentionDetail;
import org.relay.engagement.ReviewService;
import org.relay.guidelines.Finding;
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

  private long id;
  private transient MentionDetail detail;
  private String draft = "";
  private transient List<Finding> findings = List.of();
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

  /** The live check while the author types; the server checks again on submit. */
  public void check() {
    findings = engagement.check(draft);
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
    List<Finding> findings = getFindings();
    boolean legal = findings.stream().anyMatch(f -> "legal".equals(f.reviewer()));
    boolean pr =
        findings.stream().anyMatch(f -> "pr".equals(f.reviewer()))
            || (detail != null && detail.mention().hotIssue());
    if (findings.stream().anyMatch(Finding::blocks)) {
      return "it cannot be submitted until the blocking findings are fixed";
    }
    if (legal && pr) {
      return "legal and PR review it before it is published";
    }
    if (legal) {
      return "legal reviews it before it is published";
    }
    if (pr) {
      return detail != null && detail.mention().hotIssue()
          ? "PR reviews it (the mention is a hot issue)"
          : "PR reviews it before it is published";
    }
    return "it is published as written, without review";
  }

  public boolean isBlocked() {
    return getFindings().stream().anyMatch(Finding::blocks);
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
    if (findings == null) {
      check();
    }
    return findings;
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
