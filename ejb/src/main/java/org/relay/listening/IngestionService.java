package org.relay.listening;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.relay.shared.Actor;
import org.relay.shared.Checks;
import org.relay.shared.RelayException;
import org.relay.shared.Roles;

/**
 * Takes mentions in from every channel. A mention is stored with its engagement process in one
 * transaction, exactly once per (channel, external id): a re-delivery returns the stored mention,
 * also when the same new mention arrives twice at the same moment.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IngestionService {

  @EJB MentionIntake intake;

  /** Refuses anyone but channel clients (role ingest) and administrators. */
  public void requireDeliverer(Actor actor) {
    Checks.requireRole(
        actor,
        "Only channel clients (role ingest) and administrators may deliver mentions.",
        Roles.INGEST,
        Roles.ADMIN);
  }

  public IngestionResult ingest(Actor actor, NewMention candidate) {
    try {
      return intake.attempt(actor, candidate);
    } catch (EJBException e) {
      if (!isUniqueKeyViolation(e)) {
        throw e;
      }
      // Another delivery of the same mention committed first: answer with that one.
      return intake.attempt(actor, candidate);
    }
  }

  /**
   * Takes a batch: one transaction for all of it, or, when a concurrent delivery of one of its
   * mentions wins the race, one transaction per mention. An invalid item is refused on its own.
   */
  public List<BatchItemOutcome> ingestAll(Actor actor, List<NewMention> candidates) {
    requireDeliverer(actor);
    try {
      return intake.attemptAll(actor, candidates);
    } catch (EJBException e) {
      if (!isUniqueKeyViolation(e)) {
        throw e;
      }
      List<BatchItemOutcome> outcomes = new ArrayList<>(candidates.size());
      for (NewMention candidate : candidates) {
        try {
          outcomes.add(BatchItemOutcome.taken(ingest(actor, candidate)));
        } catch (RelayException refused) {
          outcomes.add(BatchItemOutcome.refused(refused));
        }
      }
      return outcomes;
    }
  }

  /** SQL state class 23 is an integrity constraint violation on every database Relay runs on. */
  static boolean isUniqueKeyViolation(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }
}
