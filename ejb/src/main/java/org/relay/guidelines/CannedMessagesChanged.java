package org.relay.guidelines;

/** Fired when PR or an administrator changed the canned-message library. */
public record CannedMessagesChanged(long id) {}
