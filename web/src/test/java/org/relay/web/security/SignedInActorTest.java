package org.relay.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignedInActorTest {

  @Test
  void shouldTakeDepartmentsFromGroupPathsUnderDepartmentsOnly() {
    assertThat(
            SignedInActor.departmentsIn(
                List.of(
                    "/departments/support",
                    "/departments/billing",
                    "/departments",
                    "/departments/support/night-shift",
                    "/projects/apollo")))
        .containsExactlyInAnyOrder("support", "billing");
  }

  @Test
  void shouldGiveNoDepartmentWithoutGroups() {
    assertThat(SignedInActor.departmentsIn(List.of())).isEmpty();
  }
}
