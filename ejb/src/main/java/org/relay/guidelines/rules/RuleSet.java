package org.relay.guidelines.rules;

import java.util.ArrayList;
import java.util.List;
import org.relay.guidelines.Finding;

/** The enabled rules, configured: what a draft is checked against. Immutable. */
public final class RuleSet {

  private final List<GuidelineRule> rules;

  public RuleSet(List<GuidelineRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Every rule of the catalog with its default parameters. */
  public static RuleSet defaults() {
    return new RuleSet(RuleCatalog.TYPES.stream().map(RuleType::withDefaults).toList());
  }

  public List<Finding> check(DraftUnderCheck draft) {
    List<Finding> findings = new ArrayList<>();
    for (GuidelineRule rule : rules) {
      findings.addAll(rule.check(draft));
    }
    return List.copyOf(findings);
  }

  public List<GuidelineRule> rules() {
    return rules;
  }
}
