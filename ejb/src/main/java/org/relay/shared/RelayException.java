package org.relay.shared;

import jakarta.ejb.ApplicationException;

/**
 * A refusal or failure with a message a person can act on. Thrown by application services; it rolls
 * the transaction back, so a refused action changes nothing.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class RelayException extends RuntimeException {

  protected RelayException(String message) {
    super(message);
  }

  protected RelayException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A short, stable title for the kind of problem (used as the problem-details title). */
  public abstract String title();
}
