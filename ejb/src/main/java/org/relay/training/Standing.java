package org.relay.training;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Where one person stands with one module, from their completions of it: the completion that counts
 * longest (if any) and the status it gives.
 */
public record Standing(TrainingStatus status, Completion best) {

  /**
   * How long before a completion expires that re-certification is assigned, for validities of four
   * months and more; a shorter validity gets a quarter of itself (a week for a month), so that a
   * completion is never up for renewal the moment it is made.
   */
  public static final Duration RENEWAL_NOTICE = Duration.ofDays(30);

  /** Where the person stands with the module, from their completions of it (in any order). */
  static Standing of(TrainingModule module, Collection<Completion> completions, Instant now) {
    return of(module.getRecertifyFrom(), module.getRecertifyGraceUntil(), completions, now);
  }

  /** As if no version had required re-certification after {@code recertifyFrom}'s grace. */
  static Standing of(int recertifyFrom, Collection<Completion> completions, Instant now) {
    return of(recertifyFrom, null, completions, now);
  }

  /**
   * @param recertifyFrom the first version whose completions count
   * @param graceUntil until when completions of earlier versions still count (none: not at all)
   * @param completions the person's completions of the module, in any order
   */
  static Standing of(
      int recertifyFrom, Instant graceUntil, Collection<Completion> completions, Instant now) {
    Optional<Completion> best =
        completions.stream()
            .filter(c -> c.getVersionNumber() >= recertifyFrom)
            .max(Comparator.comparing(Completion::getExpiresAt));
    if (best.isEmpty()) {
      if (completions.isEmpty()) {
        return new Standing(TrainingStatus.MISSING, null);
      }
      Optional<Completion> earlier =
          graceUntil == null || !now.isBefore(graceUntil)
              ? Optional.empty()
              : completions.stream()
                  .filter(c -> c.isValidAt(now))
                  .max(Comparator.comparing(Completion::getExpiresAt));
      return earlier
          .map(c -> new Standing(TrainingStatus.NEW_VERSION_DUE, c))
          .orElseGet(() -> new Standing(TrainingStatus.OUTDATED, null));
    }
    Completion completion = best.get();
    if (!completion.isValidAt(now)) {
      return new Standing(TrainingStatus.EXPIRED, completion);
    }
    return new Standing(
        now.isBefore(renewAt(completion)) ? TrainingStatus.CURRENT : TrainingStatus.EXPIRING,
        completion);
  }

  /** When re-certification of the best completion is due to be assigned. */
  Instant renewAt() {
    return best == null ? null : renewAt(best);
  }

  /** The renewal notice before the completion expires, at most a quarter of its validity. */
  static Instant renewAt(Completion completion) {
    Duration validity = Duration.between(completion.getCompletedAt(), completion.getExpiresAt());
    Duration quarter = validity.dividedBy(4);
    return completion
        .getExpiresAt()
        .minus(RENEWAL_NOTICE.compareTo(quarter) < 0 ? RENEWAL_NOTICE : quarter);
  }
}
