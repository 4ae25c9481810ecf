package org.relay.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Hands out a pool's items one per period as a pure function of the time: slot {@code n} (the n-th
 * period since the epoch) shows one item, in an order shuffled afresh each round by a fixed seed.
 * The same instant therefore always shows the same post, and a restarted demo carries on where the
 * clock is instead of starting the pool over, so Relay, which keeps its data, sees nothing twice.
 */
final class Rotation<T> {

  private final List<T> pool;
  private final long periodMillis;
  private final long seed;

  Rotation(List<T> pool, Duration period, long seed) {
    if (pool.isEmpty()) {
      throw new IllegalArgumentException("A rotation needs items");
    }
    this.pool = List.copyOf(pool);
    this.periodMillis = period.toMillis();
    this.seed = seed;
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
    long round = Math.floorDiv(slot, pool.size());
    int position = (int) Math.floorMod(slot, (long) pool.size());
    return pool.get(orderOf(round).get(position));
  }

  /** A permutation of the pool's indexes, the same for the same round. */
  private List<Integer> orderOf(long round) {
    List<Integer> order = new ArrayList<>(pool.size());
    for (int i = 0; i < pool.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed * 31 + round));
    return order;
  }
}
