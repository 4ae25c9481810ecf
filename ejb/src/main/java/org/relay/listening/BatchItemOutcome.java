package org.relay.listening;

import org.relay.shared.RelayException;

/**
 * What became of one mention of a batch: taken (stored now, or found already stored) or refused
 * with the reason; exactly one of the two is set.
 */
public record BatchItemOutcome(IngestionResult result, RelayException refusal) {

  static BatchItemOutcome taken(IngestionResult result) {
    return new BatchItemOutcome(result, null);
  }

  static BatchItemOutcome refused(RelayException refusal) {
    return new BatchItemOutcome(null, refusal);
  }
}
