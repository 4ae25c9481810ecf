package org.relay.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.relay.guidelines.CannedMessageFreeze;
import org.relay.guidelines.FreezeInputs;
import org.relay.guidelines.FreezeVerdict;

/**
 * Asks the latest deployed crisis-measures.dmn through the engine's {@link DecisionService}. The
 * answer depends only on three booleans, so each of the eight combinations is evaluated once a
 * minute at most on this node (the engine records every evaluation in its history, and the library
 * asks once per message listed). The crisis state is an input, never cached: a crisis freezes at
 * once.
 */
@ApplicationScoped
public class CamundaCannedMessageFreeze implements CannedMessageFreeze {

  static final String CANNED_MESSAGE_FREEZE = "cannedMessageFreeze";
  private static final Duration FRESH = Duration.ofMinutes(1);

  @Inject DecisionService decisions;

  private final Map<FreezeInputs, Cached> cache = new ConcurrentHashMap<>();

  @Override
  public FreezeVerdict decide(FreezeInputs inputs) {
    Cached cached = cache.get(inputs);
    if (cached != null && cached.at().plus(FRESH).isAfter(Instant.now())) {
      return cached.verdict();
    }
    DmnDecisionResultEntries result =
        decisions
            .evaluateDecisionByKey(CANNED_MESSAGE_FREEZE)
            .variables(inputs.variables())
            .evaluate()
            .getSingleResult();
    // No rule matching (a table without a last catch-all rule) freezes nothing; an output entry
    // left empty is missing from the result.
    Map<String, Object> entries = result == null ? Map.of() : result.getEntryMap();
    FreezeVerdict verdict =
        new FreezeVerdict(
            Boolean.TRUE.equals(entries.get("frozen")), (String) entries.get("advice"));
    cache.put(inputs, new Cached(verdict, Instant.now()));
    return verdict;
  }

  private record Cached(FreezeVerdict verdict, Instant at) {}
}
