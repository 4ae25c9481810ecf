package org.relay.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.relay.directory.DirectoryService;
import org.relay.shared.Roles;

/**
 * The staff training applies to, read from the directory (Keycloak) with the roles Relay knows and
 * those the given modules require. Kept for a minute on this node: HR's pages and the process ask
 * often, and who works where changes slowly.
 */
@ApplicationScoped
public class Staff {

  private static final Duration KEEP = Duration.ofMinutes(1);

  @Inject DirectoryService directory;

  private volatile Snapshot snapshot;

  private record Snapshot(Instant at, Set<String> roles, List<Trainee> people) {}

  /** Everyone in a department or holding one of Relay's roles or one the versions require. */
  public List<Trainee> requiredBy(Collection<ModuleVersion> versions) {
    Set<String> roles = new TreeSet<>();
    versions.forEach(v -> roles.addAll(v.getRequiredRoles()));
    return all(roles);
  }

  /** Everyone in a department or holding one of Relay's roles or the given ones. */
  public List<Trainee> all(Collection<String> requiredRoles) {
    Set<String> roles = new TreeSet<>(Roles.PEOPLE);
    roles.addAll(requiredRoles);
    Snapshot current = snapshot;
    if (current == null
        || !current.roles().containsAll(roles)
        || current.at().plus(KEEP).isBefore(Instant.now())) {
      current =
          new Snapshot(
              Instant.now(), roles, directory.staff(roles).stream().map(Trainee::of).toList());
      snapshot = current;
    }
    return current.people();
  }

  public Optional<Trainee> find(String username, Collection<String> requiredRoles) {
    return all(requiredRoles).stream().filter(p -> p.username().equals(username)).findFirst();
  }

  /** Reads the directory afresh next time (after HR changed who a module applies to). */
  public void forget() {
    snapshot = null;
  }
}
