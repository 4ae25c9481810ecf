package org.relay.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.relay.training.TrainingClock;

/**
 * Training's clock for the system tests: the system's clock until a test moves it forward ({@link
 * #advance}) to watch completions expire. A CDI alternative that only the test deployment contains
 * ({@link RelayDeployments#relayEarWith} puts it into the EJB module), so the EAR that ships has no
 * way to move training's time.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class MovableTrainingClock extends TrainingClock {

  private volatile Clock clock = Clock.systemUTC();

  @Override
  public Instant now() {
    return clock.instant();
  }

  /** Moves training's time on this node forward (or back) by the amount, from now on. */
  public void advance(Duration amount) {
    clock = Clock.offset(clock, amount);
  }

  /** Back to the system's clock. */
  public void reset() {
    clock = Clock.systemUTC();
  }
}
