package org.relay.guidelines.rules;

import java.util.List;
import org.relay.guidelines.Finding;

/**
 * One guideline, configured: what it finds in a draft, each finding with why and how to fix it. An
 * instance is immutable and safe to share between threads; a change of parameters builds a new one.
 */
public interface GuidelineRule {

  /** The rule's stable id, e.g. {@code personal-data}; findings carry it. */
  String id();

  /** What the rule finds in the draft; empty when the draft follows it. */
  List<Finding> check(DraftUnderCheck draft);
}
