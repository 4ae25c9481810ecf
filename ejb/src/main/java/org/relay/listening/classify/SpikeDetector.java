package org.relay.listening.classify;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tells whether a topic's mentions in the last hour are unusually many compared with the hours
 * before: more than {@code sigmas} standard deviations above the baseline's mean, and at least
 * {@code minVolume} mentions, so a quiet topic going from 0 to 2 is not an alarm.
 *
 * <p>Two guards keep the rule sensible on counts:
 *
 * <ul>
 *   <li>The standard deviation used for the threshold is never below √mean. Mention counts vary at
 *       least like a Poisson process, whose variance is its mean, so a baseline that happened to be
 *       flat (σ = 0) or nearly so does not make one extra mention a spike. The verdict still
 *       reports the σ actually observed.
 *   <li>An empty baseline (a new topic, or no history yet) has no normal to compare with: only a
 *       last hour of at least {@value #EMPTY_BASELINE_FACTOR} × {@code minVolume} mentions counts
 *       as a spike, so adding a topic does not raise an alarm for its ordinary traffic, while a
 *       real storm on its first day is not missed. A baseline of zeros is history, not absence: a
 *       burst of {@code minVolume} after it is a spike.
 * </ul>
 */
@ApplicationScoped
public class SpikeDetector {

  public static final double DEFAULT_SIGMAS = 3;
  public static final long DEFAULT_MIN_VOLUME = 10;
  static final int EMPTY_BASELINE_FACTOR = 3;

  private final double sigmas;
  private final long minVolume;

  public SpikeDetector() {
    this(DEFAULT_SIGMAS, DEFAULT_MIN_VOLUME);
  }

  /**
   * @param sigmas how many standard deviations above the mean a spike must be, positive
   * @param minVolume the fewest mentions in an hour that can be a spike, at least 1
   */
  public SpikeDetector(double sigmas, long minVolume) {
    if (!(sigmas > 0) || Double.isInfinite(sigmas)) {
      throw new IllegalArgumentException("sigmas must be a positive number, not " + sigmas);
    }
    if (minVolume < 1) {
      throw new IllegalArgumentException("minVolume must be at least 1, not " + minVolume);
    }
    this.sigmas = sigmas;
    this.minVolume = minVolume;
  }

  /**
   * @param baselineCounts mentions per hour in the trailing window (for example the previous 24
   *     hours) for one topic, none negative; may be empty
   * @param currentCount mentions in the last hour for that topic
   */
  public SpikeVerdict assess(long[] baselineCounts, long currentCount) {
    if (baselineCounts == null) {
      throw new IllegalArgumentException("baselineCounts must not be null; pass an empty array");
    }
    if (currentCount < 0) {
      throw new IllegalArgumentException("currentCount must not be negative: " + currentCount);
    }
    if (baselineCounts.length == 0) {
      double threshold = EMPTY_BASELINE_FACTOR * minVolume - 1;
      return new SpikeVerdict(currentCount > threshold, 0, 0, threshold, currentCount);
    }
    double mean = 0;
    for (long count : baselineCounts) {
      if (count < 0) {
        throw new IllegalArgumentException("baselineCounts must not be negative: " + count);
      }
      mean += count;
    }
    mean /= baselineCounts.length;
    double squares = 0;
    for (long count : baselineCounts) {
      squares += (count - mean) * (count - mean);
    }
    double stdDev = Math.sqrt(squares / baselineCounts.length);
    double threshold = Math.max(mean + sigmas * Math.max(stdDev, Math.sqrt(mean)), minVolume - 1);
    return new SpikeVerdict(currentCount > threshold, mean, stdDev, threshold, currentCount);
  }
}
