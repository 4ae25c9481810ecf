package org.relay.listening;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
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
    Checks.requireRole(
        actor,
        "Only channel clients (role ingest) and administrators may deliver mentions.",
        Roles.INGEST,
        Roles.ADMIN);
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
