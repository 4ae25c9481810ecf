package org.relay.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.relay.guidelines.FindingLog;
import org.relay.training.RepeatedFindings;

/**
 * Training's view of repeated guideline findings, from the findings the guidelines record for every
 * submitted (or refused) draft, per author and rule. Runs in the caller's transaction.
 */
@ApplicationScoped
public class DraftFindingCounts implements RepeatedFindings {

  @Inject FindingLog findings;

  @Override
  public List<Count> since(Instant since, int atLeast, String author) {
    return findings.counts(author, since).stream()
        .filter(count -> count.count() >= atLeast)
        .map(count -> new Count(count.author(), count.ruleId(), count.count()))
        .toList();
  }
}
