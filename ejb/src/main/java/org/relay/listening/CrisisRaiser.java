package org.relay.listening;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Stores a new crisis in a transaction of its own. The database allows one active crisis per topic:
 * the loser of a race gets a unique-key violation, which {@link CrisisService} absorbs. Observers
 * of {@link CrisisRaised} run in the same transaction, before it commits.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CrisisRaiser {

  @Inject CrisisRepository crises;
  @Inject Event<CrisisRaised> raised;

  public Optional<Crisis> raise(String topic, Crisis.Reason reason, String detail, String by) {
    if (crises.findActiveByTopic(topic).isPresent()) {
      return Optional.empty();
    }
    Crisis crisis = crises.store(new Crisis(topic, reason, detail, Instant.now(), by));
    raised.fire(new CrisisRaised(crisis.getId(), topic));
    return Optional.of(crisis);
  }
}
