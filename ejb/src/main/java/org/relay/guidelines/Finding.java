package org.relay.guidelines;

/**
 * What one guideline rule found in a draft: the rule, its weight, what is wrong, why the rule
 * exists, how to fix it, the policy section it comes from, and who must review if anyone ({@code
 * legal}, {@code pr} or null).
 */
public record Finding(
    String ruleId,
    Severity severity,
    String message,
    String why,
    String fix,
    String policyLink,
    String reviewer) {

  public boolean blocks() {
    return severity == Severity.BLOCK;
  }
}
