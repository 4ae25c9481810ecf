package org.relay.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RotationTest {

  private static final List<String> POOL = List.of("outage", "billing", "praise", "idea", "noise");

  private final Rotation<String> rotation = new Rotation<>(POOL, Duration.ofSeconds(45), 42);

  @Test
  void shouldShowEveryItemOnceInAnyRunOfAsManySlotsAsItems() {
    for (long first = 39_897_000; first < 39_897_020; first++) {
      Set<String> shown = new HashSet<>();
      for (long slot = first; slot < first + POOL.size(); slot++) {
        shown.add(rotation.itemOf(slot));
      }
      assertThat(shown).as("slots from %d", first).containsExactlyInAnyOrderElementsOf(POOL);
    }
  }

  @Test
  void shouldShowTheSameItemInTheSameSlotAfterARestart() {
    Rotation<String> restarted = new Rotation<>(POOL, Duration.ofSeconds(45), 42);

    for (long slot = 39_897_000; slot < 39_897_020; slot++) {
      assertThat(restarted.itemOf(slot)).isEqualTo(rotation.itemOf(slot));
    }
    assertThat(rotation.slotAt(rotation.startOf(39_897_000))).isEqualTo(39_897_000);
  }
}
