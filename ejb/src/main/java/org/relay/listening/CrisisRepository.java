package org.relay.listening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Crises, active and past, and the hourly volumes spike detection compares. */
@ApplicationScoped
public class CrisisRepository {

  @PersistenceContext private EntityManager em;

  public List<Crisis> findActive() {
    return em.createNamedQuery("Crisis.findActive", Crisis.class).getResultList();
  }

  public List<Crisis> findRecent(int max) {
    return em.createNamedQuery("Crisis.findRecent", Crisis.class)
        .setMaxResults(max)
        .getResultList();
  }

  public Optional<Crisis> findActiveByTopic(String topic) {
    return em.createNamedQuery("Crisis.findActiveByTopic", Crisis.class)
        .setParameter("topic", topic)
        .getResultStream()
        .findFirst();
  }

  /** Whether a crisis is active on the topic: a count, for every mention classified. */
  public boolean isActiveOn(String topic) {
    return em.createNamedQuery("Crisis.countActiveByTopic", Long.class)
            .setParameter("topic", topic)
            .getSingleResult()
        > 0;
  }

  /** Topics with a crisis active now or ended at or after {@code since}. */
  public List<String> topicsInCrisisSince(Instant since) {
    return em.createQuery(
            "select distinct c.topic from Crisis c where c.endedAt is null or c.endedAt >= :since",
            String.class)
        .setParameter("since", since)
        .getResultList();
  }

  public Optional<Crisis> find(long id) {
    return Optional.ofNullable(em.find(Crisis.class, id));
  }

  /** Stores a new crisis now, so that a second one on the same topic fails here, not later. */
  public Crisis store(Crisis crisis) {
    em.persist(crisis);
    em.flush();
    return crisis;
  }

  /** Customers' mentions per topic posted in [from, to); employees' own posts do not count. */
  public Map<String, Long> customerVolumeByTopic(Instant from, Instant to) {
    Map<String, Long> volume = new HashMap<>();
    em.createQuery(
            "select m.topic, count(m) from Mention m where m.postedAt >= :from"
                + " and m.postedAt < :to and m.employeeVoice = false and m.topic is not null"
                + " group by m.topic",
            Object[].class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .forEach(row -> volume.put((String) row[0], ((Number) row[1]).longValue()));
    return volume;
  }
}
