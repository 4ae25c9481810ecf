package org.relay.listening.channels;

import java.util.List;

/**
 * One row of a mention file: the post it holds, or why it holds none.
 *
 * @param lineNumber the line the row starts on, counting from 1 (a CSV row may span lines)
 * @param post the post, or {@code null} when the row is invalid
 * @param errors what is wrong with the row, one entry per field, e.g. "posted_at: '2026-13-01' is
 *     not an ISO-8601 date-time"; empty when the row is valid
 */
public record ParsedRow(long lineNumber, RawPost post, List<String> errors) {

  public ParsedRow {
    errors = List.copyOf(errors);
  }

  public boolean valid() {
    return post != null;
  }
}
