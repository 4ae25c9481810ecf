package org.relay.engagement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relay.guidelines.Finding;
import org.relay.guidelines.rules.AuthenticityRule;
import org.relay.listening.MentionSummary;

/**
 * What review-policy.dmn decides on, taken from a draft's findings and its mention at check time:
 * whether a finding asks for legal or PR, how much the draft resembles stock wording ({@code none},
 * {@code similar}, {@code very-high}), whether a crisis is active on the mention's topic, whether
 * the mention is a hot issue, its topic and its reach. The process and the editor's preview build
 * them the same way, so the preview says what the process will do.
 */
public record ReviewInputs(
    boolean needsLegal,
    boolean needsPr,
    String authenticity,
    boolean crisisActive,
    boolean hotIssue,
    String topic,
    String reach) {

  public static final String NO_RESEMBLANCE = "none";
  public static final String SIMILAR = "similar";

  public static ReviewInputs of(
      List<Finding> findings, MentionSummary mention, boolean crisisActive) {
    return new ReviewInputs(
        findings.stream().anyMatch(f -> Queues.LEGAL.equals(f.reviewer())),
        findings.stream().anyMatch(f -> Queues.PR.equals(f.reviewer())),
        authenticity(findings),
        crisisActive,
        mention.hotIssue(),
        mention.topic(),
        mention.reach() == null ? "UNKNOWN" : mention.reach());
  }

  /** The same inputs on a mention the process already marked as a hot issue. */
  public ReviewInputs withHotIssue(boolean hot) {
    return new ReviewInputs(
        needsLegal, needsPr, authenticity, crisisActive, hotIssue || hot, topic, reach);
  }

  /**
   * The decision's input variables, by the names review-policy.dmn reads ({@code mentionTopic} and
   * {@code mentionReach}, apart from the classification's own variables).
   */
  public Map<String, Object> variables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("needsLegal", needsLegal);
    variables.put("needsPr", needsPr);
    variables.put("authenticity", authenticity);
    variables.put("crisisActive", crisisActive);
    variables.put("hotIssue", hotIssue);
    variables.put("mentionTopic", topic);
    variables.put("mentionReach", reach);
    return variables;
  }

  private static String authenticity(List<Finding> findings) {
    return findings.stream()
        .filter(f -> AuthenticityRule.ID.equals(f.ruleId()))
        .map(
            f ->
                AuthenticityRule.VERY_HIGH.equals(f.signal())
                    ? AuthenticityRule.VERY_HIGH
                    : SIMILAR)
        .reduce((a, b) -> AuthenticityRule.VERY_HIGH.equals(a) ? a : b)
        .orElse(NO_RESEMBLANCE);
  }
}
