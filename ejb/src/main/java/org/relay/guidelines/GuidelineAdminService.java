package org.relay.guidelines;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.relay.guidelines.rules.PolicyLinks;
import org.relay.guidelines.rules.RuleCatalog;
import org.relay.guidelines.rules.RuleParameters;
import org.relay.guidelines.rules.RuleType;
import org.relay.shared.Actor;
import org.relay.shared.Checks;
import org.relay.shared.NotFoundException;
import org.relay.shared.Roles;

/**
 * Administrators' settings of the guideline rules: switch a rule on or off and set its parameters
 * (term lists, patterns, thresholds, allowed domains). Every change is validated in full before
 * anything is stored: a bad pattern or threshold is refused, naming it, and nothing changes.
 * Employees may read which rules there are and whether they are on; the parameters themselves (the
 * names of projects under NDA, unreleased products, patterns) are confidential and only
 * administrators and legal read them.
 */
@Stateless
public class GuidelineAdminService {

  @PersistenceContext private EntityManager em;
  @Inject GuidelineRules rules;
  @Inject Event<GuidelineRulesChanged> changed;

  /** Every rule; with its parameters' values for administrators and legal only. */
  public List<RuleView> rules(Actor actor) {
    requireReader(actor);
    boolean confidential = mayReadParameters(actor);
    Map<String, RuleSettings> stored = rules.settings();
    return RuleCatalog.TYPES.stream()
        .map(type -> view(type, stored.get(type.id()), confidential))
        .toList();
  }

  /** One rule; with its parameters' values for administrators and legal only. */
  public RuleView rule(Actor actor, String id) {
    requireReader(actor);
    RuleType type = type(id);
    return view(type, em.find(RuleSettings.class, id), mayReadParameters(actor));
  }

  /** Whether the actor may read the rules' parameters: administrators and legal. */
  public static boolean mayReadParameters(Actor actor) {
    return actor.hasAnyRole(Roles.ADMIN, Roles.LEGAL);
  }

  private static void requireReader(Actor actor) {
    Checks.requireRole(
        actor,
        "Only employees may read the guidelines.",
        Roles.EMPLOYEE,
        Roles.ADMIN,
        Roles.LEGAL,
        Roles.PR,
        Roles.HR);
  }

  /**
   * Switches the rule on or off and sets its parameters; parameters not given keep their current
   * value.
   */
  public RuleView save(Actor actor, String id, Boolean enabled, Map<String, ?> parameters) {
    Checks.requireRole(actor, "Only administrators may change the guidelines.", Roles.ADMIN);
    RuleType type = type(id);
    RuleSettings settings = em.find(RuleSettings.class, id);
    Map<String, Object> current = current(type, settings);
    if (parameters != null) {
      current.putAll(parameters);
    }
    RuleParameters valid = type.validated(current);
    boolean on = enabled != null ? enabled : settings == null || settings.isEnabled();
    if (settings == null) {
      settings = new RuleSettings(id);
      settings.define(on, ParametersJson.write(valid.values()), actor.username(), Instant.now());
      em.persist(settings);
    } else {
      settings.define(on, ParametersJson.write(valid.values()), actor.username(), Instant.now());
    }
    changed.fire(new GuidelineRulesChanged(id));
    return view(type, settings, true);
  }

  private static Map<String, Object> current(RuleType type, RuleSettings settings) {
    Map<String, Object> values = new java.util.LinkedHashMap<>(type.defaults());
    if (settings != null) {
      values.putAll(GuidelineRules.known(type, ParametersJson.read(settings.getParameters())));
    }
    return values;
  }

  private static RuleView view(RuleType type, RuleSettings settings, boolean withValues) {
    Map<String, Object> values =
        withValues ? type.validated(current(type, settings)).values() : Map.of();
    return new RuleView(
        type.id(),
        type.title(),
        type.purpose(),
        PolicyLinks.to(type.section()),
        settings == null || settings.isEnabled(),
        type.parameters(),
        values,
        !withValues,
        settings == null ? null : settings.getUpdatedBy(),
        settings == null ? null : settings.getUpdatedAt());
  }

  private static RuleType type(String id) {
    return RuleCatalog.type(id)
        .orElseThrow(() -> new NotFoundException("No guideline rule " + id + "."));
  }
}
