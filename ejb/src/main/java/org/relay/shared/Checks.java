package org.relay.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Bean Validation turned into Relay's own error: every field that is wrong, in one answer. */
public final class Checks {

  private Checks() {}

  /**
   * Validates {@code candidate} and throws {@link InvalidInputException} naming every violated
   * field, or a single "is required" error when there is nothing to validate.
   */
  public static <T> T valid(Validator validator, T candidate, String what, String message) {
    if (candidate == null) {
      throw new InvalidInputException(
          message, List.of(new InvalidInputException.FieldError(what, "is required")));
    }
    Set<ConstraintViolation<T>> violations = validator.validate(candidate);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(
          message,
          violations.stream()
              .map(
                  v ->
                      new InvalidInputException.FieldError(
                          v.getPropertyPath().toString(), v.getMessage()))
              .sorted(Comparator.comparing(InvalidInputException.FieldError::field))
              .toList());
    }
    return candidate;
  }

  /** Throws {@link NotAllowedException} with {@code why} unless the actor has one of the roles. */
  public static void requireRole(Actor actor, String why, String... roles) {
    if (!actor.hasAnyRole(roles)) {
      throw new NotAllowedException(why);
    }
  }

  /** One field's error as an {@link InvalidInputException}. */
  public static InvalidInputException invalid(String message, String field, String error) {
    return new InvalidInputException(
        message, List.of(new InvalidInputException.FieldError(field, error)));
  }
}
