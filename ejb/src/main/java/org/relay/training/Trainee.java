package org.relay.training;

import java.util.Set;
import org.relay.directory.StaffMember;
import org.relay.shared.Actor;

/** A person as training sees them: who they are, where they work and which roles they hold. */
public record Trainee(
    String username, String displayName, Set<String> departments, Set<String> roles) {

  public Trainee {
    displayName = displayName == null || displayName.isBlank() ? username : displayName;
    departments = Set.copyOf(departments);
    roles = Set.copyOf(roles);
  }

  static Trainee of(Actor actor) {
    return new Trainee(actor.username(), actor.displayName(), actor.departments(), actor.roles());
  }

  static Trainee of(StaffMember member) {
    return new Trainee(
        member.username(), member.displayName(), member.departments(), member.roles());
  }

  boolean isRequiredBy(ModuleVersion version) {
    return version.requirement().appliesTo(roles, departments);
  }
}
