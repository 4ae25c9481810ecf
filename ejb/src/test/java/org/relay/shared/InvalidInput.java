package org.relay.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.relay.shared.InvalidInputException.FieldError;

/** Assertions on refusals of bad input, for the tests of every service that validates. */
public final class InvalidInput {

  private InvalidInput() {}

  /** The refusal {@code action} ends in; fails the test if it ends otherwise. */
  public static InvalidInputException refusal(ThrowingCallable action) {
    Throwable thrown = catchThrowable(action);
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    return (InvalidInputException) thrown;
  }

  /** The one field {@code action} is refused for; fails the test unless there is exactly one. */
  public static FieldError singleError(ThrowingCallable action) {
    return singleError(refusal(action));
  }

  /** The one field {@code refusal} names; fails the test unless there is exactly one. */
  public static FieldError singleError(InvalidInputException refusal) {
    assertThat(refusal.errors()).as(refusal.getMessage()).hasSize(1);
    return refusal.errors().get(0);
  }
}
