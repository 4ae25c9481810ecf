package org.relay.guidelines.rules;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A kind of guideline rule as administrators see it: id, title, what it is for, the policy section
 * its findings cite, the parameters it takes with their defaults, and how to build it from them.
 */
public record RuleType(
    String id,
    String title,
    String purpose,
    String section,
    List<Parameter> parameters,
    Map<String, Object> defaults,
    Function<RuleParameters, GuidelineRule> factory) {

  /** Validates the raw parameters (defaults for missing ones) and builds the rule. */
  public GuidelineRule build(Map<String, ?> raw) {
    return factory.apply(validated(raw));
  }

  public RuleParameters validated(Map<String, ?> raw) {
    return RuleParameters.validate(parameters, raw, defaults);
  }

  /** The rule with its default parameters. */
  public GuidelineRule withDefaults() {
    return build(Map.of());
  }
}
