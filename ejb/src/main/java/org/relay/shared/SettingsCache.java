package org.relay.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Settings loaded from the database and kept for every use on this node: loaded again after a
 * change on this node ends ({@link #changed}), and at least every {@code maxAge} so that the other
 * nodes of a cluster follow.
 *
 * <p>A load that a change overlapped may have read the settings from before it. Every change bumps
 * a generation, and a value is kept only for the generation it was loaded in. Such a load is
 * therefore used by the call that made it, and the next call loads again: a change is never hidden
 * for {@code maxAge} because a reader happened to be loading while it committed.
 *
 * @param <T> the settings, immutable
 */
public final class SettingsCache<T> {

  private record Loaded<T>(T value, Instant at, long generation) {}

  private final Duration maxAge;
  private final Clock clock;
  private final AtomicLong generation = new AtomicLong();
  private volatile Loaded<T> loaded;

  public SettingsCache(Duration maxAge) {
    this(maxAge, Clock.systemUTC());
  }

  SettingsCache(Duration maxAge, Clock clock) {
    this.maxAge = maxAge;
    this.clock = clock;
  }

  /** The settings as they stood at most {@code maxAge} ago, loading them when they are older. */
  public T get(Supplier<T> load) {
    long current = generation.get();
    Loaded<T> l = loaded;
    if (l == null || l.generation() != current || l.at().plus(maxAge).isBefore(clock.instant())) {
      l = new Loaded<>(load.get(), clock.instant(), current);
      loaded = l;
    }
    return l.value();
  }

  /**
   * A change ended: the next use loads again. Called after the change's transaction completed,
   * rolled back included (a load inside it may have read what was rolled back).
   */
  public void changed() {
    generation.incrementAndGet();
  }
}
