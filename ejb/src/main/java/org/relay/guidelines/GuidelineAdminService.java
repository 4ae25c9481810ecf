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
 * Everyone may read the settings.
 */
@Stateless
public class GuidelineAdminService {

  @PersistenceContext private EntityManager em;
  @Inject GuidelineRules rules;
  @Inject Event<GuidelineRulesChanged> changed;

  public List<RuleView> rules() {
    Map<String, RuleSettings> stored = rules.settings();
    return RuleCatalog.TYPES.stream().map(type -> view(type, stored.get(type.id()))).toList();
  }

  public RuleView rule(String id) {
    RuleType type = type(id);
    return view(type, em.find(RuleSettings.class, id));
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
    return view(type, settings);
  }

  private static Map<String, Object> current(RuleType type, RuleSettings settings) {
    Map<String, Object> values = new java.util.LinkedHashMap<>(type.defaults());
    if (settings != null) {
      values.putAll(GuidelineRules.known(type, ParametersJson.read(settings.getParameters())));
    }
    return values;
  }

  private static RuleView view(RuleType type, RuleSettings settings) {
    Map<String, Object> values = type.validated(current(type, settings)).values();
    return new RuleView(
        type.id(),
        type.title(),
        type.purpose(),
        PolicyLinks.to(type.section()),
        settings == null || settings.isEnabled(),
        type.parameters(),
        values,
        settings == null ? null : settings.getUpdatedBy(),
        settings == null ? null : settings.getUpdatedAt());
  }

  private static RuleType type(String id) {
    return RuleCatalog.type(id)
        .orElseThrow(() -> new NotFoundException("No guideline rule " + id + "."));
  }
}
