package org.relay.shared;

/** The thing asked for does not exist (or is not visible to the actor). */
public class NotFoundException extends RelayException {

  public NotFoundException(String message) {
    super(message);
  }

  @Override
  public String title() {
    return "Not found";
  }
}
