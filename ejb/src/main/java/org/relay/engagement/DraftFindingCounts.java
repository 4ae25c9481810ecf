package org.relay.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.relay.guidelines.Finding;
import org.relay.training.RepeatedFindings;

/**
 * Training's view of repeated guideline findings, read from the submitted drafts: each draft counts
 * once per rule it tripped. Runs in the caller's transaction.
 */
@ApplicationScoped
public class DraftFindingCounts implements RepeatedFindings {

  @PersistenceContext private EntityManager em;

  @Override
  public List<Count> since(Instant since, int atLeast, String author) {
    TypedQuery<Draft> query =
        author == null
            ? em.createNamedQuery("Draft.findSince", Draft.class)
            : em.createNamedQuery("Draft.findByAuthorSince", Draft.class)
                .setParameter("author", author);
    Map<String, Map<String, Long>> byAuthor = new TreeMap<>();
    for (Draft draft : query.setParameter("since", since).getResultList()) {
      Set<String> rules = new TreeSet<>();
      EngagementRecords.findingsOf(draft).stream().map(Finding::ruleId).forEach(rules::add);
      Map<String, Long> counts = byAuthor.computeIfAbsent(draft.getAuthor(), a -> new TreeMap<>());
      rules.forEach(rule -> counts.merge(rule, 1L, Long::sum));
    }
    List<Count> repeated = new ArrayList<>();
    byAuthor.forEach(
        (who, counts) ->
            counts.forEach(
                (rule, drafts) -> {
                  if (drafts >= atLeast) {
                    repeated.add(new Count(who, rule, drafts));
                  }
                }));
    return repeated;
  }
}
