package org.relay.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Hands out a pool's items one per period as a pure function of the time: slot {@code n} (the n-th
 * period since the epoch) shows one item, in an order shuffled once by a fixed seed and repeated
 * round after round, so a post comes back only after all the others. The same instant therefore
 * always shows the same post, and a restarted demo carries on where the clock is instead of
 * starting the pool over, so Relay, which keeps its data, sees nothing twice.
 */
final class Rotation<T> {

  private final List<T> order;
  private final long periodMillis;

  Rotation(List<T> pool, Duration period, long seed) {
    if (pool.isEmpty()) {
      throw new IllegalArgumentException("A rotation needs items");
    }
    List<T> shuffled = new ArrayList<>(pool);
    Collections.shuffle(shuffled, new Random(seed));
    this.order = List.copyOf(shuffled);
    this.periodMillis = period.toMillis();
  }

  long slotAt(Instant instant) {
    return Math.floorDiv(instant.toEpochMilli(), periodMillis);
  }

  Instant startOf(long slot) {
    return Instant.ofEpochMilli(slot * periodMillis);
  }

  /** Whether an instant is exactly the start of a slot. */
  boolean isSlotStart(long epochMillis) {
    return Math.floorMod(epochMillis, periodMillis) == 0;
  }

  T itemOf(long slot) {
    return order.get((int) Math.floorMod(slot, (long) order.size()));
  }
}
