package org.relay.training;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The time training goes by: when completions expire, assignments fall due, reminders are stamped.
 * It is the system's UTC clock; the system tests move it forward inside the server ({@link
 * #advance}) to watch completions expire without waiting a year. Nothing in the portal or the API
 * moves it.
 */
@ApplicationScoped
public class TrainingClock {

  private volatile Clock clock = Clock.systemUTC();

  public Instant now() {
    return clock.instant();
  }

  /** Moves this node's training time forward (or back) by the amount, from now on. */
  public void advance(Duration amount) {
    clock = Clock.offset(clock, amount);
  }

  /** Back to the system's clock. */
  public void reset() {
    clock = Clock.systemUTC();
  }
}
