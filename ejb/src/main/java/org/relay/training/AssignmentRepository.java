package org.relay.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Assignments of modules to people. Runs in the caller's transaction. */
@ApplicationScoped
public class AssignmentRepository {

  @PersistenceContext private EntityManager em;

  public Optional<Assignment> find(long id) {
    return Optional.ofNullable(em.find(Assignment.class, id));
  }

  public Optional<Assignment> findOpen(long moduleId, String username) {
    return em.createNamedQuery("Assignment.findOpen", Assignment.class)
        .setParameter("openKey", Assignment.openKey(moduleId, username))
        .getResultStream()
        .findFirst();
  }

  public List<Assignment> findOpenByUser(String username) {
    return em.createNamedQuery("Assignment.findOpenByUser", Assignment.class)
        .setParameter("username", username)
        .setParameter("state", AssignmentState.OPEN)
        .getResultList();
  }

  public List<Assignment> findOpen() {
    return em.createNamedQuery("Assignment.findByState", Assignment.class)
        .setParameter("state", AssignmentState.OPEN)
        .getResultList();
  }

  public List<Assignment> findOpenByModule(long moduleId) {
    return em.createNamedQuery("Assignment.findOpenByModule", Assignment.class)
        .setParameter("moduleId", moduleId)
        .setParameter("state", AssignmentState.OPEN)
        .getResultList();
  }

  /**
   * The module's assignments that were not withdrawn (open, or completed and perhaps waiting for
   * renewal), oldest first.
   */
  public List<Assignment> findCycles(long moduleId) {
    return em.createNamedQuery("Assignment.findCycles", Assignment.class)
        .setParameter("moduleId", moduleId)
        .setParameter("withdrawn", AssignmentState.WITHDRAWN)
        .getResultList();
  }

  /** The person's assignments of the module that were not withdrawn, oldest first. */
  public List<Assignment> findCycles(long moduleId, String username) {
    return em.createNamedQuery("Assignment.findCyclesOf", Assignment.class)
        .setParameter("moduleId", moduleId)
        .setParameter("username", username)
        .setParameter("withdrawn", AssignmentState.WITHDRAWN)
        .getResultList();
  }

  /** Open assignments due at or before the moment, earliest first. */
  public List<Assignment> findOverdue(Instant now) {
    return em.createNamedQuery("Assignment.findOverdue", Assignment.class)
        .setParameter("state", AssignmentState.OPEN)
        .setParameter("now", now)
        .getResultList();
  }

  public Assignment store(Assignment assignment) {
    em.persist(assignment);
    return assignment;
  }

  /**
   * Writes the changes now; one that raced another (the same assignment closed twice) is refused.
   */
  public void flush(String conflict) {
    Writes.flush(em, conflict);
  }
}
