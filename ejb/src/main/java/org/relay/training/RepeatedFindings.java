package org.relay.training;

import java.time.Instant;
import java.util.List;

/**
 * How often authors' drafts tripped each guideline rule: the feedback that suggests a module to the
 * author who keeps making the same mistake. Implemented by the context that keeps the drafts.
 */
public interface RepeatedFindings {

  /**
   * The (author, rule) pairs found in at least {@code atLeast} drafts submitted since the moment,
   * for one author or (with null) for all.
   */
  List<Count> since(Instant since, int atLeast, String author);

  /** How many of an author's drafts tripped the rule. */
  record Count(String author, String ruleId, long drafts) {}
}
