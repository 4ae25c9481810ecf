package org.relay.guidelines;

/**
 * crisis-measures.dmn's {@code cannedMessageFreeze} as the canned-message library asks it: whether
 * a crisis freezes the messages for a topic (or for no topic), and what the refusal advises
 * instead. The rule lives in the model, so an administrator changes it by deploying a new version.
 */
public interface CannedMessageFreeze {

  FreezeVerdict decide(FreezeInputs inputs);
}
