package org.relay.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsCacheTest {

  private final MovingClock clock = new MovingClock();
  private final SettingsCache<String> cache = new SettingsCache<>(Duration.ofSeconds(30), clock);
  private final Deque<String> stored = new ArrayDeque<>(List.of("v1", "v2", "v3"));
  private int loads;

  private String load() {
    loads++;
    return stored.size() > 1 ? stored.pop() : stored.peek();
  }

  @Test
  void shouldLoadOnceAndKeepTheSettingsForMaxAge() {
    assertThat(cache.get(this::load)).isEqualTo("v1");
    clock.advance(Duration.ofSeconds(30));
    assertThat(cache.get(this::load)).isEqualTo("v1");
    assertThat(loads).isEqualTo(1);

    clock.advance(Duration.ofSeconds(1));
    assertThat(cache.get(this::load))
        .as("older than 30 s: another node may have changed it")
        .isEqualTo("v2");
    assertThat(loads).isEqualTo(2);
  }

  @Test
  void shouldLoadAgainAfterAChange() {
    assertThat(cache.get(this::load)).isEqualTo("v1");
    cache.changed();

    assertThat(cache.get(this::load)).isEqualTo("v2");
    assertThat(cache.get(this::load)).isEqualTo("v2");
    assertThat(loads).isEqualTo(2);
  }

  @Test
  void shouldNotKeepALoadThatAChangeOverlapped() {
    String overlapped =
        cache.get(
            () -> {
              String before = load();
              cache.changed(); // the change commits while this load is under way
              return before;
            });

    assertThat(overlapped).isEqualTo("v1");
    assertThat(cache.get(this::load))
        .as("the next use loads what the change left, instead of the old settings for 30 s")
        .isEqualTo("v2");
    assertThat(cache.get(this::load)).isEqualTo("v2");
    assertThat(loads).isEqualTo(2);
  }

  /** A clock the test moves. */
  private static final class MovingClock extends Clock {
    private Instant now = Instant.parse("2026-12-03T10:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
