package org.relay.guidelines;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records which rules found something in whose drafts, one row per rule: with the submitted
 * revision (in the caller's transaction), and for a revision a blocking rule refused, in a
 * transaction of its own, because the refusal rolls the caller's back. A refused revision counts
 * once per rule however often it is submitted again.
 */
@Stateless
public class FindingLog {

  @PersistenceContext private EntityManager em;

  public void recordDraft(long draftId, long mentionId, String author, Collection<Finding> found) {
    em.createQuery("delete from RecordedFinding f where f.draftId = :draftId")
        .setParameter("draftId", draftId)
        .executeUpdate();
    store(draftId, null, mentionId, author, found);
  }

  /**
   * Records the blocking rules of a refused submission, unless this revision was refused for them
   * before. Two refusals racing for the same rule meet the unique key: the loser fails, which the
   * caller absorbs.
   *
   * @param revision the revision the submission would have been
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordRefused(
      long mentionId, int revision, String author, Collection<Finding> found) {
    List<String> counted =
        em.createQuery(
                "select f.ruleId from RecordedFinding f where f.mentionId = :mentionId"
                    + " and f.author = :author and f.refusedRevision = :revision",
                String.class)
            .setParameter("mentionId", mentionId)
            .setParameter("author", author)
            .setParameter("revision", revision)
            .getResultList();
    List<Finding> fresh =
        found.stream().filter(Finding::blocks).filter(f -> !counted.contains(f.ruleId())).toList();
    store(null, revision, mentionId, author, fresh);
  }

  private void store(
      Long draftId,
      Integer refusedRevision,
      long mentionId,
      String author,
      Collection<Finding> found) {
    Instant now = Instant.now();
    Map<String, Severity> worstByRule = new LinkedHashMap<>();
    for (Finding finding : found) {
      worstByRule.merge(
          finding.ruleId(), finding.severity(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }
    worstByRule.forEach(
        (rule, severity) ->
            em.persist(
                new RecordedFinding(
                    draftId, refusedRevision, mentionId, author, rule, severity, now)));
  }

  /** Counts per author and rule of findings at or after {@code since}; one author, or all. */
  public List<FindingCount> counts(String author, Instant since) {
    String where = author == null ? "" : " and f.author = :author";
    var query =
        em.createQuery(
            "select f.author, f.ruleId, count(f),"
                + " sum(case when f.draftId is null then 1 else 0 end), max(f.foundAt)"
                + " from RecordedFinding f where f.foundAt >= :since"
                + where
                + " group by f.author, f.ruleId order by count(f) desc, f.author, f.ruleId",
            Object[].class);
    query.setParameter("since", since);
    if (author != null) {
      query.setParameter("author", author);
    }
    return query.getResultList().stream()
        .map(
            row ->
                new FindingCount(
                    (String) row[0],
                    (String) row[1],
                    ((Number) row[2]).longValue(),
                    row[3] == null ? 0 : ((Number) row[3]).longValue(),
                    (Instant) row[4]))
        .toList();
  }
}
