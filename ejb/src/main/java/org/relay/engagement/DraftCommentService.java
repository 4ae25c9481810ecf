package org.relay.engagement;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.relay.guidelines.Finding;
import org.relay.guidelines.GuidelineChecker;
import org.relay.shared.Actor;
import org.relay.shared.Checks;
import org.relay.shared.InvalidInputException;
import org.relay.shared.InvalidInputException.FieldError;
import org.relay.shared.NotAllowedException;
import org.relay.shared.NotFoundException;

/**
 * Threaded comments on draft revisions, between the authors and the reviewers of that mention's
 * drafts: the drafts' authors, the reviewers of the kinds (legal, PR) the review policy asked for
 * it, and, once such a review is overdue, that kind's lead. Only they read and write the thread;
 * others, even other reviewers, do not. Bodies are stored without control, bidirectional-override
 * and invisible format characters, so a comment shows as what it says, and, like drafts, never with
 * personal data: a comment the personal-data rule blocks is refused with its fix, and nothing is
 * stored.
 */
@Stateless
public class DraftCommentService {

  private static final int MAX_BODY = 4000;
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\p{Cf}&&[^\\u200D]]|[\\p{Co}\\p{Cs}\\p{Cn}]");

  @PersistenceContext private EntityManager em;
  @Inject EngagementRecords records;
  @Inject EngagementWorkflow workflow;
  @Inject GuidelineChecker guidelines;

  /** The mention's comments in thread order: each comment followed by its replies. */
  public List<CommentView> thread(Actor actor, long mentionId) {
    List<Draft> drafts = records.drafts(mentionId);
    if (!mayTakePart(actor, mentionId, drafts)) {
      throw new NotAllowedException(
          "Only the draft's author and its reviewers read the comments on it.");
    }
    Map<Long, Integer> revisions =
        drafts.stream().collect(Collectors.toMap(Draft::getId, Draft::getRevision));
    List<DraftComment> all =
        em.createNamedQuery("DraftComment.findByMention", DraftComment.class)
            .setParameter("mentionId", mentionId)
            .getResultList();
    Map<Long, List<DraftComment>> replies = new HashMap<>();
    List<DraftComment> roots = new ArrayList<>();
    for (DraftComment c : all) {
      if (c.getParentId() == null) {
        roots.add(c);
      } else {
        replies.computeIfAbsent(c.getParentId(), k -> new ArrayList<>()).add(c);
      }
    }
    List<CommentView> ordered = new ArrayList<>();
    roots.forEach(root -> walk(root, 0, replies, revisions, ordered));
    return ordered;
  }

  /**
   * Comments on a revision (the latest when {@code draftId} is null), or replies to a comment
   * ({@code parentId}), whose revision it then shares.
   */
  public CommentView comment(
      Actor actor, long mentionId, Long draftId, Long parentId, String body) {
    List<Draft> drafts = records.drafts(mentionId);
    if (drafts.isEmpty()) {
      throw new NotFoundException("Mention " + mentionId + " has no draft to comment on.");
    }
    if (!mayTakePart(actor, mentionId, drafts)) {
      throw new NotAllowedException("Only the draft's author and its reviewers comment on it.");
    }
    Draft latest = drafts.get(drafts.size() - 1);
    long onDraft;
    if (parentId != null) {
      DraftComment parent = em.find(DraftComment.class, parentId);
      if (parent == null || parent.getMentionId() != mentionId) {
        throw new NotFoundException("No comment " + parentId + " on mention " + mentionId + ".");
      }
      onDraft = parent.getDraftId();
    } else if (draftId != null) {
      onDraft =
          drafts.stream()
              .filter(d -> d.getId().equals(draftId))
              .findFirst()
              .orElseThrow(
                  () ->
                      new NotFoundException(
                          "No draft " + draftId + " of mention " + mentionId + "."))
              .getId();
    } else {
      onDraft = latest.getId();
    }
    String clean = sanitised(body);
    if (clean.isEmpty()) {
      throw Checks.invalid("The comment was not posted.", "body", "write the comment");
    }
    if (clean.length() > MAX_BODY) {
      throw Checks.invalid(
          "The comment was not posted.", "body", "must be at most " + MAX_BODY + " characters");
    }
    List<FieldError> personalData =
        guidelines.personalData(clean).stream()
            .filter(Finding::blocks)
            .map(f -> new FieldError("body", f.message() + " " + f.fix()))
            .toList();
    if (!personalData.isEmpty()) {
      throw new InvalidInputException(
          "The comment was not posted: it holds personal data, which comments keep out as"
              + " replies do.",
          personalData);
    }
    DraftComment comment =
        new DraftComment(mentionId, onDraft, parentId, actor.username(), clean, Instant.now());
    em.persist(comment);
    em.flush();
    int revision =
        drafts.stream().filter(d -> d.getId() == onDraft).findFirst().orElseThrow().getRevision();
    return new CommentView(
        comment.getId(),
        onDraft,
        revision,
        parentId,
        0,
        comment.getAuthor(),
        comment.getBody(),
        comment.getCreatedAt());
  }

  /** Whether the actor takes part in the comments on the mention's drafts (see the class). */
  public boolean mayTakePart(Actor actor, long mentionId) {
    return mayTakePart(actor, mentionId, records.drafts(mentionId));
  }

  private boolean mayTakePart(Actor actor, long mentionId, List<Draft> drafts) {
    if (drafts.isEmpty()) {
      return false;
    }
    List<ReviewTask> open = workflow.openReviewTasks(mentionId);
    Set<String> kinds = new HashSet<>();
    open.forEach(task -> kinds.add(task.kind()));
    records
        .reviews(drafts.stream().map(Draft::getId).toList())
        .forEach(review -> kinds.add(review.kind()));
    Set<String> authors = drafts.stream().map(Draft::getAuthor).collect(Collectors.toSet());
    return mayTakePart(actor, authors, kinds, open);
  }

  /**
   * The drafts' authors, reviewers of a kind the drafts were sent to, and the lead of a kind whose
   * open review is overdue.
   */
  static boolean mayTakePart(
      Actor actor, Set<String> authors, Set<String> reviewKinds, List<ReviewTask> open) {
    return authors.contains(actor.username())
        || Queues.reviewKindsOf(actor).stream().anyMatch(reviewKinds::contains)
        || open.stream().anyMatch(task -> task.withLead() && Queues.isLeadOf(actor, task.kind()));
  }

  /**
   * The body without control characters (but line breaks and tabs), bidirectional overrides,
   * zero-width and other invisible format characters, in composed form, stripped.
   */
  static String sanitised(String body) {
    if (body == null) {
      return "";
    }
    String composed = java.text.Normalizer.normalize(body, java.text.Normalizer.Form.NFC);
    return INVISIBLE.matcher(composed.replace("\r\n", "\n")).replaceAll("").strip();
  }

  private static void walk(
      DraftComment comment,
      int depth,
      Map<Long, List<DraftComment>> replies,
      Map<Long, Integer> revisions,
      List<CommentView> into) {
    into.add(
        new CommentView(
            comment.getId(),
            comment.getDraftId(),
            revisions.getOrDefault(comment.getDraftId(), 0),
            comment.getParentId(),
            depth,
            comment.getAuthor(),
            comment.getBody(),
            comment.getCreatedAt()));
    replies
        .getOrDefault(comment.getId(), List.of())
        .forEach(reply -> walk(reply, depth + 1, replies, revisions, into));
  }
}
