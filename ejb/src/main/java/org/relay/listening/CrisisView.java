package org.relay.listening;

import java.time.Instant;

/** A crisis as the portal and the API show it. */
public record CrisisView(
    long id,
    String topic,
    Crisis.Reason reason,
    String detail,
    Instant startedAt,
    String startedBy,
    Instant endedAt,
    String endedBy,
    String endNote) {

  public boolean active() {
    return endedAt == null;
  }
}
