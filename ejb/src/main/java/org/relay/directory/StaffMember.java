package org.relay.directory;

import java.util.Set;

/**
 * A member of staff with the departments they belong to and the realm roles they hold (directly or
 * through a group), as far as the directory was asked about those roles.
 */
public record StaffMember(
    String username, String displayName, Set<String> departments, Set<String> roles) {

  public StaffMember {
    departments = Set.copyOf(departments);
    roles = Set.copyOf(roles);
  }
}
