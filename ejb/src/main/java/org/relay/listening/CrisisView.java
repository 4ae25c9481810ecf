package org.relay.listening;

import java.time.Instant;

/** A crisis as the portal and the API show it, with PR's holding statement if there is one. */
public record CrisisView(
    long id,
    String topic,
    Crisis.Reason reason,
    String detail,
    Instant startedAt,
    String startedBy,
    Instant endedAt,
    String endedBy,
    String endNote,
    String holdingStatement,
    String holdingStatementBy,
    Instant holdingStatementAt) {

  public boolean active() {
    return endedAt == null;
  }
}
