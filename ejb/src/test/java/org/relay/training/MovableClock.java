package org.relay.training;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** Training's clock standing at {@link TrainingFixtures#NOW} until a test moves it. */
final class MovableClock extends TrainingClock {

  private Instant now = TrainingFixtures.NOW;
  private ZoneId zone = ZoneId.of("UTC");

  MovableClock() {}

  MovableClock(Instant now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  @Override
  public Instant now() {
    return now;
  }

  @Override
  public ZoneId zone() {
    return zone;
  }

  void advance(Duration amount) {
    now = now.plus(amount);
  }
}
