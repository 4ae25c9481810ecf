package org.relay.guidelines;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.relay.guidelines.rules.GuidelineRule;
import org.relay.guidelines.rules.RuleCatalog;
import org.relay.guidelines.rules.RuleSet;
import org.relay.guidelines.rules.RuleType;
import org.relay.shared.RelayException;
import org.relay.shared.SettingsCache;

/**
 * The guideline rules as administrators configured them, built once for every check on this node:
 * rebuilt after a change on this node commits, and at least every 30 seconds so that the other
 * nodes of a cluster follow. A rule without settings runs with its defaults.
 */
@ApplicationScoped
public class GuidelineRules {

  private static final Logger LOG = Logger.getLogger(GuidelineRules.class.getName());
  private static final Duration MAX_AGE = Duration.ofSeconds(30);

  @PersistenceContext private EntityManager em;

  private final SettingsCache<RuleSet> cache = new SettingsCache<>(MAX_AGE);

  public RuleSet current() {
    return cache.get(this::load);
  }

  void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) GuidelineRulesChanged event) {
    cache.changed();
  }

  /** The stored settings of every rule that has them, by rule id. */
  Map<String, RuleSettings> settings() {
    return em.createNamedQuery("RuleSettings.findAll", RuleSettings.class).getResultList().stream()
        .collect(Collectors.toMap(RuleSettings::getRuleId, Function.identity()));
  }

  private RuleSet load() {
    Map<String, RuleSettings> stored = settings();
    List<GuidelineRule> rules = new ArrayList<>();
    for (RuleType type : RuleCatalog.TYPES) {
      RuleSettings settings = stored.get(type.id());
      if (settings == null) {
        rules.add(type.withDefaults());
      } else if (settings.isEnabled()) {
        try {
          rules.add(type.build(known(type, ParametersJson.read(settings.getParameters()))));
        } catch (RelayException | IllegalArgumentException e) {
          // Settings are validated when saved; a row that no longer builds (a parameter removed
          // by an upgrade) must not switch the rule off.
          LOG.log(
              Level.WARNING, "Rule " + type.id() + " runs with its defaults: " + e.getMessage());
          rules.add(type.withDefaults());
        }
      }
    }
    return new RuleSet(rules);
  }

  /** The stored parameters the rule still has (an upgrade may have removed one). */
  static Map<String, Object> known(RuleType type, Map<String, Object> stored) {
    Map<String, Object> known = new java.util.LinkedHashMap<>();
    type.parameters()
        .forEach(
            p -> {
              if (stored.containsKey(p.name())) {
                known.put(p.name(), stored.get(p.name()));
              }
            });
    return known;
  }
}
