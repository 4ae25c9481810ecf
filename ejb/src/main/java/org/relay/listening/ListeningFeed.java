package org.relay.listening;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The listening feed every employee may watch, and the figures of the wallboard. Read-only: it
 * shows what arrived, whoever handles it.
 */
@Stateless
public class ListeningFeed {

  /** The most the feed returns at once. */
  public static final int MAX = 200;

  private static final List<String> SENTIMENTS = List.of("POSITIVE", "NEUTRAL", "NEGATIVE");

  @PersistenceContext private EntityManager em;
  @EJB CrisisService crises;

  private final Clock clock = Clock.systemUTC();

  /** The latest mentions matching the filter, newest first; {@code afterId} for "what's new". */
  public List<MentionSummary> latest(FeedFilter filter, Long afterId, int max) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Mention> query = cb.createQuery(Mention.class);
    Root<Mention> m = query.from(Mention.class);
    List<Predicate> where = new ArrayList<>();
    FeedFilter f = filter == null ? FeedFilter.none() : filter;
    equal(cb, m, where, "topic", f.topic());
    equal(cb, m, where, "sentiment", f.sentiment());
    equal(cb, m, where, "channel", f.channel());
    equal(cb, m, where, "language", f.language());
    if (!f.employeeVoice()) {
      where.add(cb.isFalse(m.get("employeeVoice")));
    }
    if (afterId != null) {
      where.add(cb.gt(m.get("id"), afterId));
    }
    query.select(m).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(m.get("id")));
    return em
        .createQuery(query)
        .setMaxResults(Math.max(1, Math.min(max, MAX)))
        .getResultList()
        .stream()
        .map(Mention::summary)
        .toList();
  }

  public ListeningStats stats() {
    Instant now = Instant.now(clock);
    Instant firstHour = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(23));
    Map<String, Long> byTopic = new TreeMap<>();
    em.createQuery(
            "select coalesce(m.topic, '(unclassified)'), count(m) from Mention m"
                + " where m.receivedAt >= :from and m.employeeVoice = false group by m.topic",
            Object[].class)
        .setParameter("from", now.minus(Duration.ofHours(24)))
        .getResultList()
        .forEach(row -> byTopic.put((String) row[0], ((Number) row[1]).longValue()));
    List<Instant> hours = new ArrayList<>();
    for (int h = 0; h < 24; h++) {
      hours.add(firstHour.plus(Duration.ofHours(h)));
    }
    Map<String, List<Long>> bySentiment = new LinkedHashMap<>();
    for (String sentiment : SENTIMENTS) {
      List<Long> counts = new ArrayList<>();
      for (int h = 0; h < 24; h++) {
        counts.add(0L);
      }
      bySentiment.put(sentiment, counts);
    }
    for (int h = 0; h < 24; h++) {
      int hour = h;
      em.createQuery(
              "select m.sentiment, count(m) from Mention m where m.receivedAt >= :from"
                  + " and m.receivedAt < :to and m.employeeVoice = false"
                  + " and m.sentiment is not null group by m.sentiment",
              Object[].class)
          .setParameter("from", hours.get(h))
          .setParameter("to", hours.get(h).plus(Duration.ofHours(1)))
          .getResultList()
          .forEach(
              row -> {
                List<Long> counts = bySentiment.get((String) row[0]);
                if (counts != null) {
                  counts.set(hour, ((Number) row[1]).longValue());
                }
              });
    }
    long total = byTopic.values().stream().mapToLong(Long::longValue).sum();
    return new ListeningStats(total, byTopic, hours, bySentiment, crises.active(), now);
  }

  private static void equal(
      CriteriaBuilder cb, Root<Mention> m, List<Predicate> where, String field, String value) {
    if (value != null && !value.isBlank()) {
      where.add(cb.equal(m.get(field), value));
    }
  }
}
