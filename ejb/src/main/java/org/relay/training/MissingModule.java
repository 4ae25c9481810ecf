package org.relay.training;

import java.time.Instant;
import java.time.LocalDate;
import org.relay.shared.CompanyZone;

/**
 * A module that keeps someone from answering: never taken ({@code MISSING}), expired ({@code
 * EXPIRED}, with when) or taken only in a version a newer one replaced ({@code OUTDATED}).
 */
public record MissingModule(long moduleId, String title, TrainingStatus status, Instant expiredAt) {

  static MissingModule of(TrainingModule module, Standing standing) {
    return new MissingModule(
        module.getId(),
        module.getTitle(),
        standing.status(),
        standing.best() == null ? null : standing.best().getExpiresAt());
  }

  /** "not taken", "expired on …" or "a newer version must be taken", for messages. */
  public String reason() {
    return switch (status) {
      case EXPIRED -> "expired on " + LocalDate.ofInstant(expiredAt, CompanyZone.get());
      case OUTDATED -> "a new version must be taken";
      default -> "not taken";
    };
  }
}
