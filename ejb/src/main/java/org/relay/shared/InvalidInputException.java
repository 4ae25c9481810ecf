package org.relay.shared;

import java.util.List;

/** The input was refused; {@link #errors()} says what is wrong with each field. */
public class InvalidInputException extends RelayException {

  private final List<FieldError> errors;

  public InvalidInputException(String message, List<FieldError> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }

  @Override
  public String title() {
    return "Invalid input";
  }

  /** One refused field: its name and why. */
  public record FieldError(String field, String message) {}
}
