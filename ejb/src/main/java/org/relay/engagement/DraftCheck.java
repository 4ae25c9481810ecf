package org.relay.engagement;

import java.util.List;
import org.relay.guidelines.Finding;

/**
 * The live check of a draft: what the guidelines find, whether a finding blocks it, who will review
 * it if it is submitted as it is and why (review-policy.dmn), and PR's holding statement when a
 * crisis is active on the mention's topic.
 */
public record DraftCheck(
    List<Finding> findings, boolean blocked, ReviewRoute review, String holdingStatement) {}
