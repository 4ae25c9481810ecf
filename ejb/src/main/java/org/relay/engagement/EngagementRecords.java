package org.relay.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.relay.guidelines.Finding;

/**
 * Drafts, review decisions and publications: the engagement's own records, in the caller's
 * transaction.
 */
@ApplicationScoped
public class EngagementRecords {

  private static final Type FINDINGS =
      new ArrayList<Finding>() {}.getClass().getGenericSuperclass();
  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext private EntityManager em;

  public List<Draft> drafts(long mentionId) {
    return em.createNamedQuery("Draft.findByMention", Draft.class)
        .setParameter("mentionId", mentionId)
        .getResultList();
  }

  public Optional<Draft> latestDraft(long mentionId) {
    List<Draft> drafts = drafts(mentionId);
    return drafts.isEmpty() ? Optional.empty() : Optional.of(drafts.get(drafts.size() - 1));
  }

  public Optional<Draft> draft(long id) {
    return Optional.ofNullable(em.find(Draft.class, id));
  }

  public Draft storeDraft(Draft draft) {
    em.persist(draft);
    em.flush();
    return draft;
  }

  public void store(Object record) {
    em.persist(record);
  }

  public List<ReviewView> reviews(Collection<Long> draftIds) {
    if (draftIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("ReviewDecision.findByDrafts", ReviewDecision.class)
        .setParameter("draftIds", draftIds)
        .getResultStream()
        .map(ReviewDecision::view)
        .toList();
  }

  public Optional<Publication> publicationByKey(String key) {
    return em.createNamedQuery("Publication.findByKey", Publication.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  public List<PublicationView> publications(long mentionId) {
    return em.createNamedQuery("Publication.findByMention", Publication.class)
        .setParameter("mentionId", mentionId)
        .getResultStream()
        .map(Publication::view)
        .toList();
  }

  static String toJson(List<Finding> findings) {
    return JSON.toJson(findings, FINDINGS);
  }

  static List<Finding> findingsOf(Draft draft) {
    return JSON.fromJson(draft.getFindings(), FINDINGS);
  }

  static DraftView view(Draft draft) {
    return new DraftView(
        draft.getId(),
        draft.getRevision(),
        draft.getAuthor(),
        draft.getText(),
        findingsOf(draft),
        draft.getCreatedAt());
  }
}
