package org.relay.shared;

/**
 * A change named the revision it was made on, and the record has changed since (someone else saved
 * it): the change was refused and nothing was changed. A kind of conflict, so whoever handles
 * conflicts handles it; the API answers it as 412 Precondition Failed, since the client's {@code
 * If-Match} no longer matches. The message says who changed it when, and what to do.
 */
public class PreconditionFailedException extends ConflictException {

  public PreconditionFailedException(String message) {
    super(message);
  }

  @Override
  public String title() {
    return "Changed since you read it";
  }
}
