package org.relay.listening;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relay.audit.AuditTrail;
import org.relay.shared.Actor;
import org.relay.shared.Checks;
import org.relay.shared.InvalidInputException;
import org.relay.shared.Roles;

/**
 * One attempt to take a mention in: in a transaction of its own, it returns the stored mention for
 * a known (channel, external id), or stores the new one with its engagement process. Two attempts
 * racing for the same new mention make the database refuse the second; {@link IngestionService}
 * then asks again and gets the first one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MentionIntake {

  @Inject MentionRepository mentions;
  @Inject ChannelRepository channels;
  @Inject EngagementLauncher engagement;
  @Inject Validator validator;
  @Inject AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  public IngestionResult attempt(Actor actor, NewMention candidate) {
    requireDeliverer(actor);
    return take(actor, candidate);
  }

  /**
   * Takes a batch in one transaction: each valid new mention is stored with its process, a known
   * one is answered with the stored mention, an invalid one is refused without being stored. One
   * commit for the whole batch rather than one per mention. If two deliveries race for the same new
   * mention, the database refuses this whole transaction and {@link IngestionService} takes the
   * batch again item by item.
   */
  public List<BatchItemOutcome> attemptAll(Actor actor, List<NewMention> candidates) {
    requireDeliverer(actor);
    List<BatchItemOutcome> outcomes = new ArrayList<>(candidates.size());
    for (NewMention candidate : candidates) {
      try {
        outcomes.add(BatchItemOutcome.taken(take(actor, candidate)));
      } catch (InvalidInputException refused) {
        // Refused before anything of it was written: the rest of the batch goes on.
        outcomes.add(BatchItemOutcome.refused(refused));
      }
    }
    return outcomes;
  }

  private IngestionResult take(Actor actor, NewMention candidate) {
    Checks.valid(
        validator, candidate, "mention", "The mention was not stored: fix the fields named.");
    requireOpenChannel(candidate.channel());
    var existing =
        mentions.findByChannelAndExternalId(candidate.channel(), candidate.externalId().strip());
    if (existing.isPresent()) {
      return new IngestionResult(existing.get().summary(), false);
    }
    Mention mention =
        mentions.store(
            new Mention(
                candidate.channel(),
                candidate.externalId().strip(),
                candidate.author().strip(),
                candidate.text(),
                blankToNull(candidate.url()),
                candidate.postedAt(),
                Instant.now(clock),
                candidate.authorFollowers(),
                blankToNull(candidate.inReplyTo()),
                blankToNull(candidate.language())));
    audit.record(
        mention.getId(),
        actor.username(),
        "received",
        null,
        mention.getState().name(),
        "from " + mention.getChannel() + " (" + mention.getExternalId() + ")");
    engagement.launch(mention.getId(), mention.getChannel());
    return new IngestionResult(mention.summary(), true);
  }

  private static void requireDeliverer(Actor actor) {
    Checks.requireRole(
        actor,
        "Only channel clients (role ingest) and administrators may deliver mentions.",
        Roles.INGEST,
        Roles.ADMIN);
  }

  private void requireOpenChannel(String code) {
    Optional<Channel> channel = channels.findByCode(code);
    if (channel.isEmpty() || !channel.get().isEnabled()) {
      throw new InvalidInputException(
          "The mention was not stored: fix the fields named.",
          List.of(
              new InvalidInputException.FieldError(
                  "channel",
                  channel.isEmpty()
                      ? "no channel '" + code + "' is configured (an administrator adds it)"
                      : "the channel '" + code + "' is switched off")));
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
