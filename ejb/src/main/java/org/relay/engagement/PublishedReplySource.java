package org.relay.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.relay.guidelines.PublishedReplies;

/** The publications, as the guidelines' authenticity rule reads them. */
@ApplicationScoped
public class PublishedReplySource implements PublishedReplies {

  @PersistenceContext private EntityManager em;

  @Override
  public List<PublishedReply> since(Instant since, int max) {
    return em.createQuery(
            "select p.id, p.text, p.publishedAt from Publication p where p.publishedAt >= :since"
                + " order by p.publishedAt desc",
            Object[].class)
        .setParameter("since", since)
        .setMaxResults(max)
        .getResultStream()
        .map(row -> new PublishedReply((Long) row[0], (String) row[1], (Instant) row[2]))
        .toList();
  }
}
