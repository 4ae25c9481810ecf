package org.relay.listening;

/**
 * Fired, synchronously and inside the transaction that stores it, when a crisis is raised on a
 * topic, so that other contexts can take part in that transaction (the canned-message library locks
 * its messages, so no use of one the crisis freezes can slip past the freeze).
 */
public record CrisisRaised(long crisisId, String topic) {}
