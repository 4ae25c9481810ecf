package org.relay.web.api;

/** The small JSON bodies of the mention actions. */
final class ActionRequests {

  private ActionRequests() {}

  /** {@code {"text": "..."}}: a draft to check or submit. */
  public record DraftRequest(String text) {}

  /** {@code {"department": "billing", "note": "..."}}. */
  public record TransferRequest(String department, String note) {}

  /** {@code {"reason": "..."}}: closing as needing no reply. */
  public record CloseRequest(String reason) {}

  /** {@code {"note": "..."}}: escalating, or following up. */
  public record NoteRequest(String note) {}

  /** {@code {"username": "dan"}}: a lead reassigning. */
  public record ReassignRequest(String username) {}

  /** {@code {"body": "...", "draftId": 12, "parentId": 3}}: a comment on a draft, or a reply. */
  public record CommentRequest(String body, Long draftId, Long parentId) {}

  /** {@code {"outcome": "approve|changes|reject", "comment": "..."}}. */
  public record ReviewRequest(String outcome, String comment) {}
}
