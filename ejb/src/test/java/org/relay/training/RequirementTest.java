package org.relay.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RequirementTest {

  @Test
  void shouldApplyToAnyoneWithOneOfTheRolesOrInOneOfTheDepartments() {
    Requirement requirement = new Requirement(Set.of("legal"), Set.of("support", "billing"));

    assertThat(requirement.appliesTo(Set.of("employee", "legal"), Set.of("legal"))).isTrue();
    assertThat(requirement.appliesTo(Set.of("employee"), Set.of("billing"))).isTrue();
    assertThat(requirement.appliesTo(Set.of("employee", "pr"), Set.of("pr"))).isFalse();
  }

  @Test
  void shouldApplyToNobodyWhenItNamesNeitherRoleNorDepartment() {
    Requirement optional = new Requirement(Set.of(), Set.of());

    assertThat(optional.requiresAnyone()).isFalse();
    assertThat(optional.appliesTo(Set.of("employee"), Set.of("support"))).isFalse();
  }
}
