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

  /** What the enabled rule with this id finds in the draft; nothing if it is switched off. */
  public List<Finding> check(String ruleId, DraftUnderCheck draft) {
    List<Finding> findings = new ArrayList<>();
    for (GuidelineRule rule : rules) {
      if (rule.id().equals(ruleId)) {
        findings.addAll(rule.check(draft));
      }
    }
    return List.copyOf(findings);
  }

  public List<GuidelineRule> rules() {
    return rules;
  }
}
