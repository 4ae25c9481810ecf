package org.relay.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Writes and reads the audit events of mentions, in the caller's transaction. */
@ApplicationScoped
public class AuditTrail {

  /** The actor name of the engine's own steps (timers, checks, publishing). */
  public static final String SYSTEM = "relay";

  @PersistenceContext private EntityManager em;

  public void record(
      long mentionId,
      String actor,
      String action,
      String fromState,
      String toState,
      String detail) {
    em.persist(
        new AuditEvent(
            mentionId, Instant.now(), actor, action, fromState, toState, truncate(detail)));
  }

  public List<TimelineEntry> timeline(long mentionId) {
    return em.createNamedQuery("AuditEvent.findByMention", AuditEvent.class)
        .setParameter("mentionId", mentionId)
        .getResultStream()
        .map(AuditEvent::entry)
        .toList();
  }

  private static String truncate(String detail) {
    return detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3997) + "...";
  }
}
