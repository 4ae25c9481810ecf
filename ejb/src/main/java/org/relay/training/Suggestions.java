package org.relay.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The feedback loop: an author whose drafts tripped the same guideline rule in at least three
 * drafts of the last 30 days is suggested the modules in force that cover the rule. Runs in the
 * caller's transaction.
 */
@ApplicationScoped
public class Suggestions {

  /** How far back an author's drafts are counted, and how many drafts make a pattern. */
  static final Duration WINDOW = Duration.ofDays(30);

  static final int THRESHOLD = 3;

  @Inject ModuleRepository modules;
  @Inject CompletionRepository completions;
  @Inject RepeatedFindings findings;
  @Inject TrainingClock clock;

  List<Suggestion> forAuthor(String author) {
    return suggest(findings.since(clock.now().minus(WINDOW), THRESHOLD, author));
  }

  List<Suggestion> forEveryone() {
    return suggest(findings.since(clock.now().minus(WINDOW), THRESHOLD, null));
  }

  /** The modules covering each repeated rule, with the author's standing, most repeated first. */
  List<Suggestion> suggest(List<RepeatedFindings.Count> counts) {
    if (counts.isEmpty()) {
      return List.of();
    }
    List<ModuleVersion> inForce = modules.findVersionsInForce();
    Instant now = clock.now();
    List<Suggestion> suggestions = new ArrayList<>();
    for (RepeatedFindings.Count count : counts) {
      for (ModuleVersion version : inForce) {
        if (version.getCoveredRules().contains(count.ruleId())) {
          TrainingModule module = version.getModule();
          Standing standing =
              Standing.of(
                  module, completions.findByUserAndModule(count.author(), module.getId()), now);
          suggestions.add(
              new Suggestion(
                  count.author(),
                  count.ruleId(),
                  count.drafts(),
                  module.getId(),
                  module.getTitle(),
                  standing.status()));
        }
      }
    }
    suggestions.sort(
        Comparator.comparing(Suggestion::drafts).reversed().thenComparing(Suggestion::author));
    return suggestions;
  }
}
