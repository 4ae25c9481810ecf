package org.relay.listening.classify;

import java.util.Objects;

/**
 * How positive or negative a text reads.
 *
 * @param compound VADER's normalised score, from -1 (most negative) to +1 (most positive)
 * @param label the band the score falls in
 */
public record Sentiment(double compound, Label label) {

  /** VADER's standard cut-offs: scores within ±0.05 of zero read as neutral. */
  public enum Label {
    POSITIVE,
    NEUTRAL,
    NEGATIVE;

    static final double POSITIVE_FROM = 0.05;
    static final double NEGATIVE_FROM = -0.05;

    public static Label of(double compound) {
      if (compound >= POSITIVE_FROM) {
        return POSITIVE;
      }
      return compound <= NEGATIVE_FROM ? NEGATIVE : NEUTRAL;
    }
  }

  /** A text with nothing to score. */
  public static final Sentiment NONE = new Sentiment(0, Label.NEUTRAL);

  public Sentiment {
    if (!(compound >= -1 && compound <= 1)) {
      throw new IllegalArgumentException("compound must be within [-1, 1], not " + compound);
    }
    Objects.requireNonNull(label, "label");
  }

  /** The sentiment of this compound score, labelled by the standard cut-offs. */
  public static Sentiment of(double compound) {
    return new Sentiment(compound, Label.of(compound));
  }
}
