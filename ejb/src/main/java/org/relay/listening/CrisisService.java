package org.relay.listening;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.relay.listening.classify.SpikeDetector;
import org.relay.listening.classify.SpikeVerdict;
import org.relay.shared.Actor;
import org.relay.shared.Checks;
import org.relay.shared.ConflictException;
import org.relay.shared.NotFoundException;
import org.relay.shared.Roles;

/**
 * Crises: raised by a crisis term in a mention, by a spike in a topic's volume, or by PR; ended
 * only by PR (or an administrator), explicitly. At most one crisis is active per topic.
 */
@Stateless
public class CrisisService {

  private static final Logger LOG = Logger.getLogger(CrisisService.class.getName());

  /** Spike detection compares the last hour with the 24 hours before it. */
  static final int BASELINE_HOURS = 24;

  @Inject CrisisRepository crises;
  @Inject ListeningRules rules;
  @EJB CrisisRaiser raiser;

  private final Clock clock = Clock.systemUTC();
  private final SpikeDetector spikes = new SpikeDetector(3.0, 10);

  public List<CrisisView> active() {
    return crises.findActive().stream().map(Crisis::view).toList();
  }

  public List<CrisisView> recent() {
    return crises.findRecent(100).stream().map(Crisis::view).toList();
  }

  public boolean isActive(String topic) {
    return topic != null && crises.isActiveOn(topic);
  }

  /** The crisis active on the topic, if any (with its holding statement). */
  public java.util.Optional<CrisisView> activeOn(String topic) {
    return topic == null
        ? java.util.Optional.empty()
        : crises.findActiveByTopic(topic).map(Crisis::view);
  }

  /**
   * PR attaches the statement that every reply about the crisis builds on (or, with a blank one,
   * removes it). Authors of drafts about the topic see it while they write.
   */
  public CrisisView holdingStatement(Actor actor, long id, String statement) {
    requirePr(actor, "Only PR and administrators may set a holding statement.");
    Crisis crisis =
        crises.find(id).orElseThrow(() -> new NotFoundException("No crisis " + id + "."));
    if (!crisis.isActive()) {
      throw new ConflictException("This crisis has ended; its holding statement is on record.");
    }
    if (statement != null && statement.strip().length() > 2000) {
      throw Checks.invalid(
          "The holding statement was not saved.", "statement", "must be at most 2000 characters");
    }
    boolean remove = statement == null || statement.isBlank();
    crisis.holdingStatement(
        remove ? null : statement.strip(), actor.username(), Instant.now(clock));
    return crisis.view();
  }

  /** PR (or an administrator) raises a crisis by hand. */
  public CrisisView raise(Actor actor, String topic, String detail) {
    requirePr(actor, "Only PR and administrators may raise a crisis.");
    if (topic == null || !rules.current().topicNames().contains(topic)) {
      throw Checks.invalid(
          "The crisis was not raised.", "topic", "must be one of " + rules.current().topicNames());
    }
    if (detail == null || detail.isBlank()) {
      throw Checks.invalid("The crisis was not raised.", "detail", "say what is happening");
    }
    if (isActive(topic)) {
      throw alreadyActive(topic);
    }
    try {
      return raiser
          .raise(topic, Crisis.Reason.MANUAL, detail.strip(), actor.username())
          .orElseThrow(() -> alreadyActive(topic))
          .view();
    } catch (EJBException e) {
      if (IngestionService.isUniqueKeyViolation(e)) {
        throw alreadyActive(topic);
      }
      throw e;
    }
  }

  /**
   * Raises a crisis on the topic unless one is active; returns whether the topic is in crisis now.
   * Runs in a transaction of its own, so that two mentions racing to raise it are both answered.
   */
  public boolean raiseIfNone(String topic, Crisis.Reason reason, String detail) {
    if (isActive(topic)) {
      return true;
    }
    try {
      raiser.raise(topic, reason, detail, "relay");
    } catch (EJBException e) {
      if (!IngestionService.isUniqueKeyViolation(e)) {
        throw e;
      }
    }
    return true;
  }

  public CrisisView end(Actor actor, long id, String note) {
    requirePr(actor, "Only PR and administrators may end a crisis.");
    Crisis crisis =
        crises.find(id).orElseThrow(() -> new NotFoundException("No crisis " + id + "."));
    if (!crisis.isActive()) {
      throw new ConflictException("This crisis has already ended.");
    }
    if (note == null || note.isBlank()) {
      throw Checks.invalid(
          "The crisis was not ended.", "note", "say how it was resolved, for the record");
    }
    crisis.end(actor.username(), note.strip(), Instant.now(clock));
    return crisis.view();
  }

  /**
   * Compares each topic's customer volume in the last hour with the 24 hours before and raises a
   * crisis on each topic that spiked, among the topics heard of through the whole baseline. Returns
   * the topics that were raised now.
   */
  public List<String> checkSpikes() {
    Instant now = Instant.now(clock);
    Instant hourAgo = now.minus(Duration.ofHours(1));
    Map<String, Long> lastHour = crises.customerVolumeByTopic(hourAgo, now);
    if (lastHour.isEmpty()) {
      return List.of();
    }
    List<Map<String, Long>> baseline = new ArrayList<>();
    for (int h = 1; h <= BASELINE_HOURS; h++) {
      Instant to = hourAgo.minus(h - 1L, ChronoUnit.HOURS);
      baseline.add(crises.customerVolumeByTopic(to.minus(1, ChronoUnit.HOURS), to));
    }
    // Active crises, and crises PR ended within the hour: the burst PR has just dealt with must
    // not raise the crisis again a minute later.
    Set<String> active = new HashSet<>(crises.topicsInCrisisSince(hourAgo));
    List<String> raised = new ArrayList<>();
    lastHour.forEach(
        (topic, count) -> {
          if (active.contains(topic) || !heardThroughTheBaseline(topic, baseline)) {
            return;
          }
          long[] series =
              baseline.stream().mapToLong(hour -> hour.getOrDefault(topic, 0L)).toArray();
          SpikeVerdict verdict = spikes.assess(series, count);
          if (verdict.spike()) {
            LOG.info(() -> "Spike on topic " + topic + ": " + verdict.describe());
            raiseIfNone(topic, Crisis.Reason.SPIKE, "Spike: " + verdict.describe());
            raised.add(topic);
          }
        });
    return raised;
  }

  /**
   * Whether Relay has listened to the topic for the whole baseline: a mention of it in the oldest
   * quarter of the window. Without that (a new installation, a new topic) every first burst would
   * look like a spike against nothing.
   */
  private static boolean heardThroughTheBaseline(String topic, List<Map<String, Long>> baseline) {
    for (int h = baseline.size() - BASELINE_HOURS / 4; h < baseline.size(); h++) {
      if (baseline.get(h).getOrDefault(topic, 0L) > 0) {
        return true;
      }
    }
    return false;
  }

  private static void requirePr(Actor actor, String why) {
    Checks.requireRole(actor, why, Roles.PR, Roles.ADMIN);
  }

  private static ConflictException alreadyActive(String topic) {
    return new ConflictException("A crisis on '" + topic + "' is already active.");
  }
}
