package org.relay.training;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import org.relay.shared.CompanyZone;

/**
 * The time training goes by: when completions expire, assignments fall due, reminders are stamped,
 * and the company's zone in which its days are counted ({@link CompanyZone}). In production it is
 * the system's clock and nothing can move it. The system tests replace this bean with a CDI
 * alternative that only their own deployment contains and enables (see the ear module's {@code
 * MovableTrainingClock}), to watch completions expire without waiting a year.
 */
@ApplicationScoped
public class TrainingClock {

  private final ZoneId zone = CompanyZone.get();

  public Instant now() {
    return Instant.now();
  }

  /** The zone training's days are counted in. */
  public ZoneId zone() {
    return zone;
  }
}
