package org.relay.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relay.guidelines.GuidelineAdminService;
import org.relay.guidelines.RuleView;
import org.relay.guidelines.rules.Parameter;
import org.relay.shared.Actor;
import org.relay.shared.RelayException;
import org.relay.shared.Roles;
import org.relay.web.Messages;

/**
 * Backs {@code admin/guidelines.xhtml}: each guideline rule with its switch and parameters, edited
 * as text (lists one item per line) and saved one rule at a time; the service validates everything
 * and refuses a bad pattern or threshold without changing anything. Readers other than
 * administrators and legal see which rules there are, with their parameters marked hidden; only
 * administrators save.
 */
@Named
@ViewScoped
public class GuidelinesConfigView implements Serializable {

  @Inject Actor actor;
  @Inject GuidelineAdminService guidelines;

  private transient List<RuleView> rules;
  private final Map<String, Map<String, String>> forms = new HashMap<>();
  private final Map<String, Boolean> enabled = new HashMap<>();

  @PostConstruct
  public void init() {
    rules = guidelines.rules(actor);
    forms.clear();
    enabled.clear();
    for (RuleView rule : rules) {
      Map<String, String> form = new LinkedHashMap<>();
      for (Parameter parameter : rule.parameters()) {
        form.put(parameter.name(), asText(rule.values().get(parameter.name())));
      }
      forms.put(rule.id(), form);
      enabled.put(rule.id(), rule.enabled());
    }
  }

  public void save(String ruleId) {
    try {
      Map<String, Object> parameters = new LinkedHashMap<>(forms.get(ruleId));
      RuleView saved = guidelines.save(actor, ruleId, enabled.get(ruleId), parameters);
      Messages.info(
          "Saved",
          saved.title()
              + (saved.enabled() ? " is on" : " is off")
              + "; drafts are checked with it now.");
      init();
    } catch (RelayException e) {
      Messages.refused(e);
    }
  }

  /** A parameter's value as the form edits it: a list one item per line; nothing as empty. */
  static String asText(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof List<?> list
        ? String.join("\n", list.stream().map(Object::toString).toList())
        : value.toString();
  }

  /** Only administrators change the rules; the service refuses anyone else as well. */
  public boolean isMayEdit() {
    return actor.hasRole(Roles.ADMIN);
  }

  public List<RuleView> getRules() {
    if (rules == null) {
      init();
    }
    return rules;
  }

  public Map<String, Map<String, String>> getForms() {
    return forms;
  }

  public Map<String, Boolean> getEnabled() {
    return enabled;
  }
}
