package org.relay.shared;

/**
 * A change to a record that others may be changing too did not say which state of it the change was
 * made on (the revision the person read), so it could silently overwrite someone else's; it was
 * refused and nothing was changed. The message says what to send.
 */
public class PreconditionRequiredException extends RelayException {

  public PreconditionRequiredException(String message) {
    super(message);
  }

  @Override
  public String title() {
    return "Revision required";
  }
}
