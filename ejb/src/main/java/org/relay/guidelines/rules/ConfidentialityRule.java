package org.relay.guidelines.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import org.relay.guidelines.Finding;
import org.relay.guidelines.Severity;

/**
 * Confidential terms (unreleased products, internal projects, customers under NDA) and patterns
 * (revenue figures, dates of unannounced events) send the draft to legal before it is published.
 */
public final class ConfidentialityRule implements GuidelineRule {

  public static final String ID = "confidentiality";

  public static final RuleType TYPE =
      new RuleType(
          ID,
          "Confidentiality",
          "Nothing confidential is made public without legal's review.",
          PolicyLinks.CONFIDENTIALITY,
          List.of(
              new Parameter(
                  "terms",
                  Parameter.Kind.TERMS,
                  "Confidential terms",
                  "Unreleased products, internal projects, customers under NDA; found however"
                      + " they are spelled (case, accents, f a l c o n, f4lc0n)"),
              new Parameter(
                  "patterns",
                  Parameter.Kind.PATTERNS,
                  "Confidential patterns",
                  "Regular expressions, e.g. revenue figures or dates of unannounced events")),
          Map.of(
              "terms",
              List.of(),
              "patterns",
              List.of(
                  "\\b(?:revenue|turnover|arr|profit|earnings|bookings)\\b\\W+(?:\\w+\\W+){0,4}?"
                      + "[$€£]?\\s?\\d[\\d.,]*\\s?(?:(?:k|m|bn|million|billion|thousand)\\b|%)",
                  "[$€£]\\s?\\d[\\d.,]*\\s?(?:m|bn|million|billion)\\b",
                  "\\b(?:launch(?:es|ing)?|release[sd]?|ship(?:s|ping)?|announce(?:s|d|ment)?"
                      + "|goes live|go live)\\b[^.!?]{0,40}?\\b(?:on|by|in)\\s+(?:jan(?:uary)?"
                      + "|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                      + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4]"
                      + "|\\d{1,2}[./]\\d{1,2})\\b")),
          ConfidentialityRule::new);

  private final TermList terms;
  private final List<BoundedPattern> patterns;

  ConfidentialityRule(RuleParameters parameters) {
    terms = new TermList(parameters.list("terms"));
    patterns = parameters.patterns("patterns");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(DraftUnderCheck draft) {
    Optional<String> term = terms.firstIn(draft.text());
    if (term.isPresent()) {
      return List.of(finding("The reply mentions \"" + term.get() + "\", which is confidential."));
    }
    String folded = Normalizer.fold(draft.text());
    boolean unanswered = false;
    for (BoundedPattern pattern : patterns) {
      try {
        Optional<MatchResult> found = pattern.find(folded);
        if (found.isPresent()) {
          return List.of(
              finding(
                  "The reply gives \""
                      + found.get().group().strip()
                      + "\": figures and dates the company has not announced are confidential."));
        }
      } catch (BoundedPattern.TooComplex e) {
        unanswered = true;
      }
    }
    if (unanswered) {
      // A pattern too slow to answer must not let a confidential figure through unseen.
      return List.of(
          finding(
              "The reply could not be checked against every confidential pattern in time, so"
                  + " legal looks at it."));
    }
    return List.of();
  }

  private static Finding finding(String message) {
    return new Finding(
        ID,
        Severity.NEEDS_REVIEW,
        message,
        "Unreleased products, internal projects, customers under NDA, figures and unannounced"
            + " dates must not be made public by accident.",
        "Remove the reference, or keep it and legal will review the reply before it is"
            + " published.",
        PolicyLinks.to(PolicyLinks.CONFIDENTIALITY),
        "legal",
        null);
  }
}
