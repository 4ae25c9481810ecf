package org.relay.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * The person (or machine client) on whose behalf a service acts, as the identity provider vouched
 * for them: a username, the departments they belong to and their realm roles. Services decide what
 * an actor may do; callers only say who is acting.
 */
public record Actor(String username, String displayName, Set<String> departments, Set<String> roles)
    implements Serializable {

  public Actor {
    Objects.requireNonNull(username, "username");
    displayName = displayName == null || displayName.isBlank() ? username : displayName;
    departments = Set.copyOf(departments);
    roles = Set.copyOf(roles);
  }

  public boolean memberOf(String department) {
    return departments.contains(department);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  public boolean hasAnyRole(String... wanted) {
    for (String role : wanted) {
      if (hasRole(role)) {
        return true;
      }
    }
    return false;
  }
}
