package org.relay.guidelines.rules;

import java.util.List;
import java.util.Map;
import org.relay.guidelines.Finding;
import org.relay.guidelines.Severity;

/**
 * The robot effect: a reply that reads like a canned message or like a reply published in the last
 * 30 days is flagged, naming the text it resembles. Very high similarity carries the signal {@code
 * very-high}, which the review policy sends to PR on hot topics.
 */
public final class AuthenticityRule implements GuidelineRule {

  public static final String ID = "authenticity";

  /** The signal of a reply that is nearly a copy. */
  public static final String VERY_HIGH = "very-high";

  public static final RuleType TYPE =
      new RuleType(
          ID,
          "Authenticity",
          "Replies sound like a person, not like a template.",
          PolicyLinks.TONE,
          List.of(
              new Parameter(
                  "similarity",
                  Parameter.Kind.RATIO,
                  "Warn from this similarity",
                  "Cosine similarity of character 4-shingles, 0 to 1"),
              new Parameter(
                  "veryHigh",
                  Parameter.Kind.RATIO,
                  "Very high from this similarity",
                  "The review policy may ask PR to review such a reply"),
              new Parameter(
                  "minLength",
                  Parameter.Kind.COUNT,
                  "Shortest reply compared",
                  "Characters; shorter replies are not compared")),
          Map.of("similarity", 0.7, "veryHigh", 0.9, "minLength", 40),
          AuthenticityRule::new);

  private final double similarity;
  private final double veryHigh;
  private final int minLength;

  AuthenticityRule(RuleParameters parameters) {
    similarity = parameters.ratio("similarity");
    veryHigh = Math.max(similarity, parameters.ratio("veryHigh"));
    minLength = parameters.count("minLength");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(DraftUnderCheck draft) {
    if (draft.corpus().isEmpty() || draft.text().strip().length() < minLength) {
      return List.of();
    }
    Map<String, Integer> profile = Shingles.profile(draft.text());
    SimilarText closest = null;
    double best = 0;
    for (SimilarText text : draft.corpus()) {
      double s = Shingles.similarity(profile, text.profile());
      if (s > best) {
        best = s;
        closest = text;
      }
    }
    if (closest == null || best < similarity) {
      return List.of();
    }
    long percent = Math.round(best * 100);
    boolean nearCopy = best >= veryHigh;
    return List.of(
        new Finding(
            ID,
            Severity.WARN,
            (nearCopy ? "The reply is almost word for word " : "The reply reads much like ")
                + closest.source()
                + " ("
                + percent
                + "% alike): \""
                + closest.excerpt()
                + "\"",
            "Stock wording makes employees sound like robots; people notice, and it undoes the"
                + " point of answering in person.",
            "Answer this person in your own words: their name, their situation, what you will do."
                + " Keep the facts, drop the stock phrases.",
            PolicyLinks.to(PolicyLinks.TONE),
            null,
            nearCopy ? VERY_HIGH : null));
  }
}
