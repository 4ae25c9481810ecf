package org.relay.web.api;

import java.util.List;

/** The small JSON bodies of the training endpoints. */
final class TrainingRequests {

  private TrainingRequests() {}

  /** {@code {"version": 2}}: the version of a module without a quiz that was read. */
  public record ReadRequest(Integer version) {}

  /** {@code {"assignmentIds": [12, 13]}}: the assignments to remind of; none: every overdue one. */
  public record RemindersRequest(List<Long> assignmentIds) {}

  /** {@code {"sent": 3}}. */
  public record RemindersSent(int sent) {}

  /** {@code {"markdown": "..."}}: content to preview. */
  public record PreviewRequest(String markdown) {}

  /** {@code {"html": "..."}}: the content as the module's page shows it, already cleaned. */
  public record Preview(String html) {}
}
