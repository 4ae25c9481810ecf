package org.relay.shared;

/** The action collides with the current state (someone else got there first); nothing changed. */
public class ConflictException extends RelayException {

  public ConflictException(String message) {
    super(message);
  }

  public ConflictException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public String title() {
    return "Conflict";
  }
}
