package org.relay.training;

import java.util.Collection;
import java.util.Set;

/**
 * Who must take a module: everyone holding one of the realm roles, and everyone in one of the
 * departments. A module naming neither requires nobody (it can still be taken).
 */
public record Requirement(Set<String> roles, Set<String> departments) {

  public Requirement {
    roles = Set.copyOf(roles);
    departments = Set.copyOf(departments);
  }

  public boolean appliesTo(Collection<String> personRoles, Collection<String> personDepartments) {
    return personRoles.stream().anyMatch(roles::contains)
        || personDepartments.stream().anyMatch(departments::contains);
  }

  public boolean requiresAnyone() {
    return !roles.isEmpty() || !departments.isEmpty();
  }
}
