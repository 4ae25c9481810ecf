package org.relay.engagement;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.relay.shared.Actor;
import org.relay.shared.Checks;
import org.relay.shared.NotAllowedException;
import org.relay.shared.NotFoundException;
import org.relay.shared.Roles;

/**
 * Threaded comments on draft revisions, between the author and the reviewers: the draft's author,
 * legal and PR reviewers, and the leads of the mention's department may comment and reply; every
 * employee may read them, like the rest of the mention.
 */
@Stateless
public class DraftCommentService {

  private static final int MAX_BODY = 4000;

  @PersistenceContext private EntityManager em;
  @Inject EngagementRecords records;
  @Inject EngagementWorkflow workflow;

  /** The mention's comments in thread order: each comment followed by its replies. */
  public List<CommentView> thread(Actor actor, long mentionId) {
    Checks.requireRole(
        actor,
        "Only employees may read comments.",
        Roles.EMPLOYEE,
        Roles.ADMIN,
        Roles.LEGAL,
        Roles.PR);
    Map<Long, Integer> revisions =
        records.drafts(mentionId).stream()
            .collect(Collectors.toMap(Draft::getId, Draft::getRevision));
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
    requireParticipant(actor, mentionId, latest);
    if (body == null || body.isBlank()) {
      throw Checks.invalid("The comment was not posted.", "body", "write the comment");
    }
    if (body.strip().length() > MAX_BODY) {
      throw Checks.invalid(
          "The comment was not posted.", "body", "must be at most " + MAX_BODY + " characters");
    }
    DraftComment comment =
        new DraftComment(
            mentionId, onDraft, parentId, actor.username(), body.strip(), Instant.now());
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

  /** The draft's author, legal and PR reviewers, and the department's leads take part. */
  static boolean mayComment(Actor actor, String author, String department) {
    return actor.username().equals(author)
        || actor.hasAnyRole(Roles.LEGAL, Roles.PR)
        || (department != null && Queues.isLeadOf(actor, department));
  }

  private void requireParticipant(Actor actor, long mentionId, Draft latest) {
    String department = workflow.openReplyTask(mentionId).map(ReplyTask::department).orElse(null);
    if (!mayComment(actor, latest.getAuthor(), department)) {
      throw new NotAllowedException(
          "Only the draft's author, legal and PR reviewers and the department's lead comment on"
              + " drafts.");
    }
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
