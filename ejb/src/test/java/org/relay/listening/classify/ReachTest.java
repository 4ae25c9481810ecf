package org.relay.listening.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReachTest {

  @Test
  void shouldBeUnknownWithoutAFollowerCount() {
    assertThat(Reach.of(null)).isEqualTo(Reach.UNKNOWN);
    assertThat(Reach.of(-1)).isEqualTo(Reach.UNKNOWN);
  }

  @Test
  void shouldBeLowBelowAThousandFollowers() {
    assertThat(Reach.of(0)).isEqualTo(Reach.LOW);
    assertThat(Reach.of(999)).isEqualTo(Reach.LOW);
  }

  @Test
  void shouldBeMediumFromAThousandToBelowTenThousand() {
    assertThat(Reach.of(1_000)).isEqualTo(Reach.MEDIUM);
    assertThat(Reach.of(9_999)).isEqualTo(Reach.MEDIUM);
  }

  @Test
  void shouldBeHighFromTenThousandFollowers() {
    assertThat(Reach.of(10_000)).isEqualTo(Reach.HIGH);
    assertThat(Reach.of(Integer.MAX_VALUE)).isEqualTo(Reach.HIGH);
  }
}
