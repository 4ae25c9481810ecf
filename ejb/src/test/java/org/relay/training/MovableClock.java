package org.relay.training;

import java.time.Duration;
import java.time.Instant;

/** Training's clock standing at {@link TrainingFixtures#NOW} until a test moves it. */
final class MovableClock extends TrainingClock {

  private Instant now = TrainingFixtures.NOW;

  @Override
  public Instant now() {
    return now;
  }

  void advance(Duration amount) {
    now = now.plus(amount);
  }
}
