package org.relay.shared;

/**
 * The actor has used up how often they may do this for now (too many tries in too short a time);
 * nothing was changed. The message says when they may try again.
 */
public class LimitReachedException extends RelayException {

  public LimitReachedException(String message) {
    super(message);
  }

  @Override
  public String title() {
    return "Too many attempts";
  }
}
