package org.relay.guidelines;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.relay.shared.Actor;
import org.relay.shared.Checks;
import org.relay.shared.Roles;

/** An employee's own profile disclosure: registered, read and removed by them alone. */
@Stateless
public class AuthorDisclosureService {

  @PersistenceContext private EntityManager em;

  public Optional<String> of(String username) {
    return Optional.ofNullable(em.find(AuthorDisclosure.class, username))
        .map(AuthorDisclosure::getStatement);
  }

  public Optional<String> mine(Actor actor) {
    return of(actor.username());
  }

  public String register(Actor actor, String statement) {
    Checks.requireRole(actor, "Only employees register a profile disclosure.", Roles.EMPLOYEE);
    if (statement == null || statement.isBlank() || statement.strip().length() > 300) {
      throw Checks.invalid(
          "The disclosure was not saved.",
          "statement",
          "quote what your profile says, e.g. \"Support engineer at Relay\" (1 to 300)");
    }
    AuthorDisclosure disclosure = em.find(AuthorDisclosure.class, actor.username());
    if (disclosure == null) {
      disclosure = new AuthorDisclosure(actor.username());
      disclosure.state(statement.strip(), Instant.now());
      em.persist(disclosure);
    } else {
      disclosure.state(statement.strip(), Instant.now());
    }
    return statement.strip();
  }

  public void remove(Actor actor) {
    AuthorDisclosure disclosure = em.find(AuthorDisclosure.class, actor.username());
    if (disclosure != null) {
      em.remove(disclosure);
    }
  }
}
