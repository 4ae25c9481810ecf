package org.relay.listening.classify;

import java.util.Locale;

/**
 * Whether a topic's mentions in the last hour are a spike against its recent hours.
 *
 * @param spike whether {@code current} exceeds {@code threshold}
 * @param mean the mean mentions per hour over the baseline
 * @param stdDev the population standard deviation of the baseline's hourly counts, as observed
 * @param threshold the count the last hour had to exceed to be a spike
 * @param current the mentions in the last hour
 */
public record SpikeVerdict(
    boolean spike, double mean, double stdDev, double threshold, long current) {

  /** For example "42 mentions in the last hour against 3.1 ± 1.2 per hour (threshold 6.7)". */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "%d %s in the last hour against %.1f ± %.1f per hour (threshold %.1f)",
        current,
        current == 1 ? "mention" : "mentions",
        mean,
        stdDev,
        threshold);
  }
}
