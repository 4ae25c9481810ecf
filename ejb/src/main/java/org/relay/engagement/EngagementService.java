package org.relay.engagement;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.relay.audit.AuditTrail;
import org.relay.directory.DirectoryService;
import org.relay.guidelines.Finding;
import org.relay.guidelines.FindingLog;
import org.relay.listening.Mention;
import org.relay.listening.MentionQueries;
import org.relay.listening.MentionRepository;
import org.relay.listening.MentionState;
import org.relay.listening.MentionSummary;
import org.relay.shared.Actor;
import org.relay.shared.ConflictException;
import org.relay.shared.InvalidInputException;
import org.relay.shared.InvalidInputException.FieldError;
import org.relay.shared.NotAllowedException;
import org.relay.shared.NotFoundException;
import org.relay.shared.Roles;
import org.relay.training.TrainingService;

/**
 * The work on a mention's reply: the inbox, claiming, drafting, transferring, closing and
 * escalating. Only employees of the department a mention is routed to (or its lead, once it has
 * moved to the lead's queue) may act on it; a mention has at most one owner; every transition is
 * audited.
 */
@Stateless
public class EngagementService {

  private static final Logger LOG = Logger.getLogger(EngagementService.class.getName());
  private static final Map<String, Integer> PRIORITY_RANK =
      Map.of("high", 0, "normal", 1, "low", 2);

  /** The longest text the live check takes: twice the longest reply of any channel. */
  static final int MAX_CHECKED_LENGTH = 2 * DraftChecks.MAX_REPLY_LENGTH;

  @Inject EngagementWorkflow workflow;
  @Inject MentionQueries mentions;
  @Inject MentionRepository mentionRepository;
  @Inject EngagementRecords records;
  @Inject DraftChecks draftChecks;
  @Inject FindingLog findingLog;
  @Inject AuditTrail audit;
  @Inject DirectoryService directory;
  @Inject TrainingService training;

  /** Open mentions of the actor's queues, most urgent first. */
  public List<InboxItem> inbox(Actor actor) {
    var queues = Queues.replyQueuesOf(actor);
    if (queues.isEmpty()) {
      return List.of();
    }
    return items(workflow.openReplyTasks(queues));
  }

  /** The mentions the actor owns: claimed, or sent back to them with changes requested. */
  public List<InboxItem> myWork(Actor actor) {
    return items(workflow.replyTasksOf(actor.username()));
  }

  /**
   * A lead's escalations: follow-ups of mentions past their SLA, and mentions that have moved to
   * the lead's queue (twice the SLA).
   */
  public Escalations escalations(Actor actor) {
    if (!actor.hasRole(Roles.DEPARTMENT_LEAD)) {
      return new Escalations(List.of(), List.of());
    }
    var departments = actor.departments();
    List<FollowUpTask> followUps = workflow.openFollowUps(departments);
    Map<Long, MentionSummary> byId =
        mentions.summaries(followUps.stream().map(FollowUpTask::mentionId).toList()).stream()
            .collect(Collectors.toMap(MentionSummary::id, Function.identity()));
    List<Escalations.FollowUp> overdue =
        followUps.stream()
            .filter(f -> byId.containsKey(f.mentionId()))
            .map(f -> new Escalations.FollowUp(f, byId.get(f.mentionId())))
            .toList();
    List<InboxItem> inLeadQueue =
        items(workflow.openReplyTasks(Queues.replyQueuesOf(actor))).stream()
            .filter(InboxItem::withLead)
            .toList();
    return new Escalations(overdue, inLeadQueue);
  }

  /** The lead has seen an overdue mention (and reassigned it, or left it). */
  public void acknowledgeFollowUp(Actor actor, long mentionId, String note) {
    List<FollowUpTask> open = workflow.openFollowUps(mentionId);
    if (open.isEmpty()) {
      throw new NotFoundException("Mention " + mentionId + " has no open follow-up.");
    }
    FollowUpTask followUp =
        open.stream()
            .filter(f -> f.department() != null && Queues.isLeadOf(actor, f.department()))
            .findFirst()
            .orElseThrow(
                () ->
                    new NotAllowedException(
                        "Only a lead of " + open.get(0).department() + " may follow it up."));
    audit.record(
        mentionId, actor.username(), "followed-up", null, null, note == null ? null : note.strip());
    workflow.complete(followUp.taskId(), Map.of());
  }

  /**
   * Makes the actor the owner of the mention's reply task. Refused while training required of the
   * actor is missing or expired.
   */
  public InboxItem claim(Actor actor, long mentionId) {
    ReplyTask task = openTask(mentionId);
    requireMayWorkOn(actor, task, "claim");
    training.requireTrained(actor);
    if (task.isClaimed()) {
      if (task.assignee().equals(actor.username())) {
        return toItem(task.assignedTo(actor.username()), summary(mentionId));
      }
      throw new ConflictException("Already claimed by " + task.assignee() + ".");
    }
    workflow.claim(task.taskId(), actor.username());
    transition(mentionId, actor, "claimed", MentionState.CLAIMED, null);
    return toItem(task.assignedTo(actor.username()), summary(mentionId));
  }

  /** Gives the mention back to its queue. Its owner or the department's lead may. */
  public void unclaim(Actor actor, long mentionId) {
    ReplyTask task = openTask(mentionId);
    if (!actor.username().equals(task.assignee()) && !Queues.isLeadOf(actor, task.department())) {
      throw new NotAllowedException(
          "Only the owner or a lead of " + task.department() + " may give this mention back.");
    }
    if (!task.isClaimed()) {
      return;
    }
    workflow.assign(task.taskId(), null);
    transition(mentionId, actor, "unclaimed", MentionState.NEW, "was " + task.assignee());
  }

  /**
   * A lead gives the mention to another member of the department. Refused, like their own claim
   * would be, while training required of that member is missing or expired.
   */
  public void reassign(Actor actor, long mentionId, String username) {
    ReplyTask task = openTask(mentionId);
    if (!Queues.isLeadOf(actor, task.department())) {
      throw new NotAllowedException("Only a lead of " + task.department() + " may reassign it.");
    }
    if (username == null || username.isBlank()) {
      throw invalid("username", "name the member of " + task.department() + " to give it to");
    }
    if (directory.members(task.department()).stream()
        .noneMatch(p -> p.username().equals(username))) {
      throw invalid("username", username + " is not a member of " + task.department());
    }
    training.requireTrainedToTakeOver(username);
    workflow.assign(task.taskId(), username);
    transition(mentionId, actor, "reassigned", MentionState.CLAIMED, "to " + username);
  }

  /**
   * What the guidelines say about the actor's draft of a reply to the mention, and who would review
   * it, without submitting it (the live check while the author types).
   */
  public DraftCheck check(Actor actor, long mentionId, String text) {
    if (!actor.hasAnyRole(Roles.EMPLOYEE, Roles.ADMIN)) {
      throw new NotAllowedException("Only employees check drafts.");
    }
    if (text != null && text.length() > MAX_CHECKED_LENGTH) {
      throw invalid("text", "must be at most " + MAX_CHECKED_LENGTH + " characters to be checked");
    }
    return draftChecks.check(summary(mentionId), actor.username(), text);
  }

  /**
   * Submits the owner's draft. The server checks it, once: a blocking finding refuses it (and
   * stores nothing but the count of the refused rules), anything else is stored with the findings
   * of exactly the text that was checked and goes on to the review the policy asks for; the text
   * stored is the text published, byte for byte. Refused while training required of the author is
   * missing or expired.
   */
  public DraftView submitDraft(Actor actor, long mentionId, String text) {
    ReplyTask task = openTask(mentionId);
    requireOwner(actor, task, "submit a draft");
    training.requireTrained(actor);
    if (text == null || text.isBlank()) {
      throw invalid("text", "write the reply first");
    }
    String reply = text.strip();
    MentionSummary mention = summary(mentionId);
    int limit = replyLimit(mention);
    if (reply.length() > limit) {
      throw invalid("text", "must be at most " + limit + " characters on this channel");
    }
    int revision = records.drafts(mentionId).size() + 1;
    List<Finding> findings = draftChecks.findings(mention, actor.username(), reply);
    List<FieldError> blocking =
        findings.stream()
            .filter(Finding::blocks)
            .map(f -> new FieldError("text", f.message() + " " + f.fix()))
            .toList();
    if (!blocking.isEmpty()) {
      recordRefused(mentionId, revision, actor.username(), findings);
      throw new InvalidInputException(
          "The draft breaks a guideline: fix it and submit again.", blocking);
    }
    Draft draft =
        records.storeDraft(
            new Draft(
                mentionId,
                revision,
                actor.username(),
                reply,
                EngagementRecords.toJson(findings),
                Instant.now()));
    findingLog.recordDraft(draft.getId(), mentionId, actor.username(), findings);
    transition(mentionId, actor, "draft-submitted", MentionState.SUBMITTED, "revision " + revision);
    Map<String, Object> variables = new HashMap<>();
    variables.put("action", "draft");
    variables.put("draftId", draft.getId());
    variables.put("draftAuthor", actor.username());
    workflow.complete(task.taskId(), variables);
    return EngagementRecords.view(draft);
  }

  /** Counting a refusal is bookkeeping: if it fails, the author still hears why it was refused. */
  private void recordRefused(long mentionId, int revision, String author, List<Finding> findings) {
    try {
      findingLog.recordRefused(mentionId, revision, author, findings);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Refused findings of mention " + mentionId + " not counted", e);
    }
  }

  /** Passes the mention to another department, like passing on a phone call, with a note. */
  public void transfer(Actor actor, long mentionId, String department, String note) {
    ReplyTask task = openTask(mentionId);
    requireMayWorkOn(actor, task, "transfer");
    requireNotOwnedByOther(actor, task);
    if (department == null || department.isBlank()) {
      throw invalid("department", "choose the department to transfer to");
    }
    if (department.equals(task.department())) {
      throw invalid("department", "the mention is already with " + department);
    }
    if (!directory.departmentNames().contains(department)) {
      throw invalid("department", "there is no department " + department);
    }
    requireText(note, "note", "say why it belongs there");
    transition(
        mentionId,
        actor,
        "transferred",
        MentionState.NEW,
        task.department() + " → " + department + ": " + note.strip());
    Map<String, Object> variables = new HashMap<>();
    variables.put("action", "transfer");
    variables.put("department", department);
    variables.put("draftAuthor", null);
    workflow.complete(task.taskId(), variables);
  }

  /** Closes the mention as needing no reply, with the reason. */
  public void closeNoReply(Actor actor, long mentionId, String reason) {
    ReplyTask task = openTask(mentionId);
    requireMayWorkOn(actor, task, "close");
    requireNotOwnedByOther(actor, task);
    requireText(reason, "reason", "say why no reply is needed");
    transition(mentionId, actor, "closed-no-reply", MentionState.CLOSED, reason.strip());
    workflow.complete(task.taskId(), Map.of("action", "close"));
  }

  /** Escalates the mention as a hot issue: it goes to PR at high priority. */
  public void escalate(Actor actor, long mentionId, String note) {
    ReplyTask task = openTask(mentionId);
    requireMayWorkOn(actor, task, "escalate");
    requireNotOwnedByOther(actor, task);
    requireText(note, "note", "say what makes it a hot issue");
    Mention mention = mention(mentionId);
    if (mention.isHotIssue()) {
      throw new ConflictException("This mention is already a hot issue with PR.");
    }
    mention.markHotIssue();
    transition(mentionId, actor, "escalated", MentionState.NEW, note.strip());
    workflow.complete(task.taskId(), Map.of("action", "escalate"));
  }

  /** Everything about one mention that the actor may see, and what they may do. */
  public MentionDetail detail(Actor actor, long mentionId) {
    if (!actor.hasAnyRole(Roles.EMPLOYEE, Roles.ADMIN)) {
      throw new NotAllowedException("Only employees may read mentions.");
    }
    MentionSummary mention = summary(mentionId);
    ReplyTask task = workflow.openReplyTask(mentionId).orElse(null);
    List<ReviewTask> reviews = workflow.openReviewTasks(mentionId);
    List<Draft> drafts = records.drafts(mentionId);
    List<DraftView> draftViews = drafts.stream().map(EngagementRecords::view).toList();
    String lastAuthor = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1).getAuthor();
    return new MentionDetail(
        mention,
        mentions.conversation(mention),
        task,
        reviews,
        draftViews,
        records.reviews(drafts.stream().map(Draft::getId).toList()),
        records.publications(mentionId),
        audit.timeline(mentionId),
        allowed(actor, task, reviews, lastAuthor));
  }

  private MentionDetail.AllowedActions allowed(
      Actor actor, ReplyTask task, List<ReviewTask> reviews, String lastAuthor) {
    boolean member = task != null && mayWorkOn(actor, task);
    boolean owner = task != null && actor.username().equals(task.assignee());
    boolean free = task != null && (!task.isClaimed() || owner);
    boolean lead = task != null && Queues.isLeadOf(actor, task.department());
    return new MentionDetail.AllowedActions(
        member && !task.isClaimed(),
        task != null && task.isClaimed() && (owner || lead),
        member && owner,
        member && free,
        member && free,
        member,
        lead,
        ReviewService.mayReview(actor, reviews, Queues.LEGAL, lastAuthor),
        ReviewService.mayReview(actor, reviews, Queues.PR, lastAuthor));
  }

  private List<InboxItem> items(List<ReplyTask> tasks) {
    Map<Long, MentionSummary> byId =
        mentions.summaries(tasks.stream().map(ReplyTask::mentionId).toList()).stream()
            .collect(Collectors.toMap(MentionSummary::id, Function.identity()));
    return tasks.stream()
        .filter(task -> byId.containsKey(task.mentionId()))
        .map(task -> toItem(task, byId.get(task.mentionId())))
        .sorted(
            Comparator.comparing((InboxItem item) -> PRIORITY_RANK.getOrDefault(item.priority(), 3))
                .thenComparing(InboxItem::dueAt, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  /** The longest reply the mention's channel takes (see {@link DraftChecks#replyLimit}). */
  public int replyLimit(MentionSummary mention) {
    return draftChecks.replyLimit(mention);
  }

  /** Records that a timer moved an overdue task to its lead's queue (called by the process). */
  public void handedToLead(long mentionId, String taskKey, boolean replyTask) {
    Mention mention = mention(mentionId);
    MentionState from = mention.getState();
    MentionState to = from;
    if (replyTask) {
      mention.moveTo(MentionState.NEW);
      to = MentionState.NEW;
    }
    audit.record(
        mentionId,
        AuditTrail.SYSTEM,
        "handed-to-lead",
        from.name(),
        to.name(),
        "overdue: " + taskKey + " moved to the lead's queue");
  }

  private ReplyTask openTask(long mentionId) {
    return workflow
        .openReplyTask(mentionId)
        .orElseThrow(
            () -> new NotFoundException("Mention " + mentionId + " has no open reply to work on."));
  }

  static boolean mayWorkOn(Actor actor, ReplyTask task) {
    return task.withLead()
        ? Queues.isLeadOf(actor, task.department())
        : actor.hasRole(Roles.EMPLOYEE) && actor.memberOf(task.department());
  }

  private static void requireMayWorkOn(Actor actor, ReplyTask task, String what) {
    if (!mayWorkOn(actor, task)) {
      String who =
          task.withLead() ? "leads of " + task.department() : "employees of " + task.department();
      throw new NotAllowedException(
          "Only "
              + who
              + " may "
              + what
              + " this mention; you belong to "
              + (actor.departments().isEmpty()
                  ? "no department"
                  : String.join(", ", actor.departments().stream().sorted().toList()))
              + ".");
    }
  }

  private static void requireOwner(Actor actor, ReplyTask task, String what) {
    requireMayWorkOn(actor, task, what);
    if (!actor.username().equals(task.assignee())) {
      throw task.isClaimed()
          ? new ConflictException(
              task.assignee() + " owns this mention; only they may " + what + ".")
          : new ConflictException("Claim the mention first, then " + what + ".");
    }
  }

  private static void requireNotOwnedByOther(Actor actor, ReplyTask task) {
    if (task.isClaimed() && !task.assignee().equals(actor.username())) {
      throw new ConflictException(task.assignee() + " owns this mention; ask them, or their lead.");
    }
  }

  private static void requireText(String value, String field, String why) {
    if (value == null || value.isBlank()) {
      throw invalid(field, why);
    }
    if (value.length() > 2000) {
      throw invalid(field, "must be at most 2000 characters");
    }
  }

  private static InvalidInputException invalid(String field, String message) {
    return new InvalidInputException(
        "Nothing was changed: " + message + ".", List.of(new FieldError(field, message)));
  }

  private void transition(
      long mentionId, Actor actor, String action, MentionState to, String detail) {
    MentionState from = mention(mentionId).moveTo(to);
    audit.record(mentionId, actor.username(), action, from.name(), to.name(), detail);
  }

  private Mention mention(long mentionId) {
    return mentionRepository
        .find(mentionId)
        .orElseThrow(() -> new NotFoundException("No mention " + mentionId + "."));
  }

  private MentionSummary summary(long mentionId) {
    return mentions
        .summary(mentionId)
        .orElseThrow(() -> new NotFoundException("No mention " + mentionId + "."));
  }

  private static InboxItem toItem(ReplyTask task, MentionSummary mention) {
    return new InboxItem(
        mention.id(),
        mention.channel(),
        mention.author(),
        mention.text(),
        mention.url(),
        mention.topic(),
        mention.postedAt(),
        mention.state(),
        mention.hotIssue(),
        task.department(),
        task.priority(),
        task.dueAt(),
        task.assignee(),
        task.withLead());
  }
}
