package org.relay.training;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The time training goes by: when completions expire, assignments fall due, reminders are stamped.
 * In production it is the system's clock and nothing can move it. The system tests replace this
 * bean with a CDI alternative that only their own deployment contains and enables (see the ear
 * module's {@code MovableTrainingClock}), to watch completions expire without waiting a year.
 */
@ApplicationScoped
public class TrainingClock {

  public Instant now() {
    return Instant.now();
  }
}
