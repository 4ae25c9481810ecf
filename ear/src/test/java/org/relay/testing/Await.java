package org.relay.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Bounded polling for what the process does asynchronously (on the job executor): asks again every
 * quarter second for at most a minute, then fails saying what never happened. Tests assert the
 * outcome, never how long it took.
 */
public final class Await {

  private static final Duration LIMIT = Duration.ofSeconds(60);
  private static final Duration PAUSE = Duration.ofMillis(250);

  private Await() {}

  /** The first value the probe finds. */
  public static <T> T until(String what, Supplier<Optional<T>> probe) {
    Instant limit = Instant.now().plus(LIMIT);
    while (Instant.now().isBefore(limit)) {
      Optional<T> found = probe.get();
      if (found.isPresent()) {
        return found.get();
      }
      pause();
    }
    throw new AssertionError(what + " never happened within " + LIMIT.toSeconds() + " s");
  }

  public static void until(String what, BooleanSupplier condition) {
    until(what, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty());
  }

  private static void pause() {
    try {
      Thread.sleep(PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting", e);
    }
  }
}
