package org.relay.workflow;

import static org.relay.workflow.EngagementVariables.REVIEW_POLICY;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.relay.engagement.ReviewInputs;
import org.relay.engagement.ReviewPolicy;
import org.relay.engagement.ReviewRoute;

/**
 * Asks the deployed review-policy.dmn through the engine's {@link DecisionService}: the decision
 * the process takes, so the editor's preview cannot disagree with it. The answer depends only on
 * the handful of inputs, so each combination is evaluated once a minute at most on this node (the
 * engine records every evaluation in its history; the live check runs on every pause in typing).
 */
@ApplicationScoped
public class CamundaReviewPolicy implements ReviewPolicy {

  private static final Duration FRESH = Duration.ofMinutes(1);
  private static final int MAX_CACHED = 256;

  @Inject DecisionService decisions;

  private final Map<ReviewInputs, Cached> cache =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ReviewInputs, Cached> eldest) {
              return size() > MAX_CACHED;
            }
          });

  @Override
  public ReviewRoute decide(ReviewInputs inputs) {
    Cached cached = cache.get(inputs);
    if (cached != null && cached.at().plus(FRESH).isAfter(Instant.now())) {
      return cached.route();
    }
    DmnDecisionResultEntries result =
        decisions
            .evaluateDecisionByKey(REVIEW_POLICY)
            .variables(inputs.variables())
            .evaluate()
            .getSingleResult();
    ReviewRoute route =
        new ReviewRoute(
            Boolean.TRUE.equals(result.getEntry("legalReview")),
            Boolean.TRUE.equals(result.getEntry("prReview")),
            result.getEntry("reason"));
    cache.put(inputs, new Cached(route, Instant.now()));
    return route;
  }

  private record Cached(ReviewRoute route, Instant at) {}
}
