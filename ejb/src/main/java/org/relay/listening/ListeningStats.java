package org.relay.listening;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Customers' voice over the last 24 hours, for the wallboard: volume per topic, sentiment per hour,
 * and the active crises. Employees' own posts are not counted.
 *
 * @param hours the start of each hour, oldest first
 * @param sentimentByHour for each of POSITIVE, NEUTRAL, NEGATIVE, the count per hour (same order)
 */
public record ListeningStats(
    long total,
    Map<String, Long> volumeByTopic,
    List<Instant> hours,
    Map<String, List<Long>> sentimentByHour,
    List<CrisisView> crises,
    Instant at) {}
