package org.relay.training;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.relay.shared.ConflictException;

/**
 * Writes a use case's changes before it returns, so that a change racing another one (two HR users
 * saving the same draft, two completions closing the same assignment) is refused as a conflict the
 * person can act on (409), not a failed commit (500). The entities' {@code @Version} columns tell.
 */
final class Writes {

  private Writes() {}

  static void flush(EntityManager em, String conflict) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException(conflict, e);
    }
  }
}
