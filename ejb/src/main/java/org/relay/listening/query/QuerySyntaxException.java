package org.relay.listening.query;

import java.util.List;
import org.relay.shared.InvalidInputException;

/**
 * A listening query that cannot be read. Its one {@link FieldError} names the field that holds the
 * query ({@code expression} or {@code exclusions}) and says what is wrong and where, for example
 * {@code missing closing parenthesis opened at 12}.
 */
public final class QuerySyntaxException extends InvalidInputException {

  private final int position;

  private QuerySyntaxException(String field, String description, int position) {
    super(
        "The listening query cannot be read: " + description + ".",
        List.of(new FieldError(field, description)));
    this.position = position;
  }

  /** A problem at one character, 1-based. */
  static QuerySyntaxException at(String field, String problem, int position) {
    return new QuerySyntaxException(field, problem + " at " + position, position);
  }

  /** A problem with the query as a whole, such as its length. */
  static QuerySyntaxException whole(String field, String problem) {
    return new QuerySyntaxException(field, problem, 0);
  }

  /**
   * Where the problem is: the 1-based index of the character in the expression (counted in UTF-16
   * units, as a browser's text field counts), or 0 when the problem is the query as a whole.
   */
  public int position() {
    return position;
  }
}
