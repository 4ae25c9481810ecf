package org.relay.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Training notifications and the people Relay has seen. Runs in the caller's transaction. */
@ApplicationScoped
public class NotificationRepository {

  @PersistenceContext private EntityManager em;

  public void store(Notification notification) {
    em.persist(notification);
  }

  /** The notifications of the audiences since the moment, newest first, at most {@code max}. */
  public List<Notification> findByAudiences(Collection<String> audiences, Instant since, int max) {
    if (audiences.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Notification.findByAudiences", Notification.class)
        .setParameter("audiences", audiences)
        .setParameter("since", since)
        .setMaxResults(max)
        .getResultList();
  }

  public long countUnread(String audience) {
    return em.createNamedQuery("Notification.countUnread", Long.class)
        .setParameter("audience", audience)
        .getSingleResult();
  }

  public List<Notification> findUnread(String audience) {
    return em.createNamedQuery("Notification.findUnread", Notification.class)
        .setParameter("audience", audience)
        .getResultList();
  }

  public KnownEmployee findKnown(String username) {
    return em.find(KnownEmployee.class, username);
  }

  public void store(KnownEmployee employee) {
    em.persist(employee);
  }
}
