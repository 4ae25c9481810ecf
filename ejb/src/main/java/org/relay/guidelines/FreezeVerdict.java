package org.relay.guidelines;

/**
 * Whether the messages are frozen and, if so, what the refusal advises the person to do instead
 * ({@code null} when the model gives no advice).
 */
public record FreezeVerdict(boolean frozen, String advice) {}
