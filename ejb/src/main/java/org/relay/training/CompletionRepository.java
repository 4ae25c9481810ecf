package org.relay.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Completions of modules and quiz attempts. Runs in the caller's transaction. */
@ApplicationScoped
public class CompletionRepository {

  @PersistenceContext private EntityManager em;

  public Optional<Completion> find(long id) {
    return Optional.ofNullable(em.find(Completion.class, id));
  }

  /** Everything the person completed, latest first. */
  public List<Completion> findByUser(String username) {
    return em.createNamedQuery("Completion.findByUser", Completion.class)
        .setParameter("username", username)
        .getResultList();
  }

  public List<Completion> findByUserAndModule(String username, long moduleId) {
    return em.createNamedQuery("Completion.findByUserAndModule", Completion.class)
        .setParameter("username", username)
        .setParameter("moduleId", moduleId)
        .getResultList();
  }

  public List<Completion> findByModules(Collection<Long> moduleIds) {
    if (moduleIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Completion.findByModules", Completion.class)
        .setParameter("moduleIds", moduleIds)
        .getResultList();
  }

  public Completion store(Completion completion) {
    em.persist(completion);
    return completion;
  }

  public void store(QuizAttempt attempt) {
    em.persist(attempt);
  }

  /** How many of the person's attempts at the version's quiz failed after the moment. */
  public long countFailedAttempts(String username, long moduleId, int version, Instant since) {
    return em.createNamedQuery("QuizAttempt.countFailedSince", Long.class)
        .setParameter("username", username)
        .setParameter("moduleId", moduleId)
        .setParameter("version", version)
        .setParameter("since", since)
        .getSingleResult();
  }
}
