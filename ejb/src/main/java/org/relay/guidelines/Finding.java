package org.relay.guidelines;

/**
 * What one guideline rule found in a draft: the rule, its weight, what is wrong, why the rule
 * exists, how to fix it, the policy section it comes from, who must review if anyone ({@code
 * legal}, {@code pr} or null), and a finer grade the review policy reads ({@code signal}, e.g.
 * {@code very-high} for a draft that is nearly a copy of a canned message; usually null).
 */
public record Finding(
    String ruleId,
    Severity severity,
    String message,
    String why,
    String fix,
    String policyLink,
    String reviewer,
    String signal) {

  public boolean blocks() {
    return severity == Severity.BLOCK;
  }
}
