package org.relay.listening;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.relay.audit.AuditTrail;
import org.relay.shared.Actor;
import org.relay.shared.InvalidInputException;
import org.relay.shared.NotAllowedException;
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
  @Inject EngagementLauncher engagement;
  @Inject Validator validator;
  @Inject AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  public IngestionResult attempt(Actor actor, NewMention candidate) {
    if (!actor.hasAnyRole(Roles.INGEST, Roles.ADMIN)) {
      throw new NotAllowedException(
          "Only channel clients (role ingest) and administrators may deliver mentions.");
    }
    validate(candidate);
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
                Instant.now(clock)));
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

  private void validate(NewMention candidate) {
    if (candidate == null) {
      throw new InvalidInputException(
          "A mention is required.",
          List.of(new InvalidInputException.FieldError("mention", "is required")));
    }
    Set<ConstraintViolation<NewMention>> violations = validator.validate(candidate);
    if (!violations.isEmpty()) {
      List<InvalidInputException.FieldError> errors =
          violations.stream()
              .map(
                  v ->
                      new InvalidInputException.FieldError(
                          v.getPropertyPath().toString(), v.getMessage()))
              .sorted(Comparator.comparing(InvalidInputException.FieldError::field))
              .toList();
      throw new InvalidInputException("The mention was not stored: fix the fields named.", errors);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
