package org.relay.listening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** All mentions Relay has stored. Runs in the caller's transaction. */
@ApplicationScoped
public class MentionRepository {

  @PersistenceContext private EntityManager em;

  public Optional<Mention> find(long id) {
    return Optional.ofNullable(em.find(Mention.class, id));
  }

  public Optional<Mention> findByChannelAndExternalId(String channel, String externalId) {
    return em.createNamedQuery("Mention.findByChannelAndExternalId", Mention.class)
        .setParameter("channel", channel)
        .setParameter("externalId", externalId)
        .getResultStream()
        .findFirst();
  }

  public List<Mention> findByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Mention.findByIds", Mention.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** The author's latest mentions on a channel, newest first. */
  public List<Mention> findByAuthor(String channel, String author, int max) {
    return em.createNamedQuery("Mention.findByAuthor", Mention.class)
        .setParameter("channel", channel)
        .setParameter("author", author)
        .setMaxResults(max)
        .getResultList();
  }

  /** Stores a new mention and assigns its id right away (the process needs it as business key). */
  public Mention store(Mention mention) {
    em.persist(mention);
    em.flush();
    return mention;
  }
}
