package org.relay.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** In production, training's time is the system's and nothing in the application can move it. */
class TrainingClockTest {

  @Test
  void shouldOfferNothingButTheTimeNowAndTheCompanysZone() {
    assertThat(
            Arrays.stream(TrainingClock.class.getDeclaredMethods())
                .filter(m -> !Modifier.isPrivate(m.getModifiers()) && !m.isSynthetic())
                .map(Method::getName))
        .containsExactlyInAnyOrder("now", "zone");
  }

  @Test
  void shouldTellTheSystemsTime() {
    Instant before = Instant.now();
    Instant now = new TrainingClock().now();

    assertThat(now).isBetween(before, Instant.now());
  }
}
