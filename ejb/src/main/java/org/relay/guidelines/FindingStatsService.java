package org.relay.guidelines;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.relay.shared.Actor;
import org.relay.shared.NotAllowedException;
import org.relay.shared.Roles;

/**
 * Repeated findings: how often each rule found something in an author's drafts over the last 90
 * days. Authors see their own; HR (and administrators) see everyone's. The training context turns
 * repeated findings into suggested modules.
 */
@Stateless
public class FindingStatsService {

  public static final Duration PERIOD = Duration.ofDays(90);

  @Inject FindingLog log;

  /** The actor's own counts, most frequent first. */
  public List<FindingCount> mine(Actor actor) {
    return log.counts(actor.username(), since());
  }

  /** One author's counts: the author themself, HR or an administrator. */
  public List<FindingCount> of(Actor actor, String author) {
    if (!actor.username().equals(author) && !actor.hasAnyRole(Roles.HR, Roles.ADMIN)) {
      throw new NotAllowedException("Only HR sees other people's findings.");
    }
    return log.counts(author, since());
  }

  /** Every author's counts, most frequent first: HR and administrators. */
  public List<FindingCount> all(Actor actor) {
    if (!actor.hasAnyRole(Roles.HR, Roles.ADMIN)) {
      throw new NotAllowedException("Only HR sees everyone's findings.");
    }
    return log.counts(null, since());
  }

  /** Counts of one author for other contexts (training), without an actor: no check here. */
  public List<FindingCount> countsFor(String author) {
    return log.counts(author, since());
  }

  private static Instant since() {
    return Instant.now().minus(PERIOD);
  }
}
