package org.relay.shared;

/** The actor may not do this; nothing was changed. */
public class NotAllowedException extends RelayException {

  public NotAllowedException(String message) {
    super(message);
  }

  @Override
  public String title() {
    return "Not allowed";
  }
}
