package org.relay.engagement;

/**
 * review-policy.dmn as the engagement services ask it before a draft is submitted: the same
 * decision the process takes at {@code decideReview}, so the editor's "who will review and why" is
 * what will happen.
 */
public interface ReviewPolicy {

  ReviewRoute decide(ReviewInputs inputs);
}
