package org.relay.listening.classify;

/**
 * How many people a mention's author can reach, from their follower count.
 *
 * <p>The bands follow the tiers social-media teams already talk in: below 1,000 followers is an
 * ordinary customer talking to friends; from 1,000 a "nano" voice whose post a local community
 * sees; from 10,000 an account whose complaint can trend or reach the press, which deserves a
 * senior reply. Counts are not comparable across channels exactly, so the bands are deliberately
 * coarse.
 */
public enum Reach {
  /** The channel gave no follower count (or an impossible one). */
  UNKNOWN,
  LOW,
  MEDIUM,
  HIGH;

  static final int MEDIUM_FROM = 1_000;
  static final int HIGH_FROM = 10_000;

  /** The reach of an author with this many followers; {@code null} or negative is unknown. */
  public static Reach of(Integer followers) {
    if (followers == null || followers < 0) {
      return UNKNOWN;
    }
    if (followers < MEDIUM_FROM) {
      return LOW;
    }
    return followers < HIGH_FROM ? MEDIUM : HIGH;
  }
}
