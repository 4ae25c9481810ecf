package org.relay.listening;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.relay.shared.Actor;
import org.relay.shared.Checks;
import org.relay.shared.ConflictException;
import org.relay.shared.NotFoundException;

/**
 * Employees register their own social handles in their profile, so that Relay tells their posts
 * from customers'. A handle belongs to one employee; only they (or an administrator) remove it.
 */
@Stateless
public class EmployeeHandleService {

  private static final Pattern HANDLE = Pattern.compile("[\\p{L}\\p{N}_.@:/+-]{2,200}");

  @PersistenceContext private EntityManager em;

  public List<String> handles(Actor actor) {
    return em
        .createNamedQuery("EmployeeHandle.findByUsername", EmployeeHandle.class)
        .setParameter("username", actor.username())
        .getResultList()
        .stream()
        .map(EmployeeHandle::getHandle)
        .toList();
  }

  public String register(Actor actor, String handle) {
    String normalised = normalise(handle);
    if (normalised.isEmpty() || !HANDLE.matcher(normalised).matches()) {
      throw Checks.invalid(
          "The handle was not registered.",
          "handle",
          "must be a handle as the network shows it, e.g. @ana@mastodon.social");
    }
    var existing = find(normalised);
    if (existing != null) {
      if (existing.getUsername().equals(actor.username())) {
        return normalised;
      }
      throw new ConflictException("Another employee registered " + handle.strip() + ".");
    }
    em.persist(new EmployeeHandle(actor.username(), normalised, Instant.now()));
    return normalised;
  }

  public void remove(Actor actor, String handle) {
    EmployeeHandle existing = find(normalise(handle));
    if (existing == null
        || !(existing.getUsername().equals(actor.username())
            || actor.hasRole(org.relay.shared.Roles.ADMIN))) {
      throw new NotFoundException("You have no handle " + handle + ".");
    }
    em.remove(existing);
  }

  /**
   * Whether the author of a post is a registered employee. Asked for every mention classified: a
   * count, not the entity, so the job's persistence context stays small.
   */
  public boolean isEmployee(String author) {
    return em.createNamedQuery("EmployeeHandle.countByHandle", Long.class)
            .setParameter("handle", normalise(author))
            .getSingleResult()
        > 0;
  }

  private EmployeeHandle find(String normalised) {
    return em.createNamedQuery("EmployeeHandle.findByHandle", EmployeeHandle.class)
        .setParameter("handle", normalised)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Lower case, without surrounding blanks or a leading {@code @}. */
  static String normalise(String handle) {
    if (handle == null) {
      return "";
    }
    String h = handle.strip().toLowerCase(Locale.ROOT);
    return h.startsWith("@") ? h.substring(1) : h;
  }
}
