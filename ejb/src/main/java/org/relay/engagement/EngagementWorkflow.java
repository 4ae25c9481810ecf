package org.relay.engagement;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The engagement process as the engagement services see it. Joins the caller's transaction. */
public interface EngagementWorkflow {

  /** Open reply tasks offered to any of the departments, claimed or not. */
  List<ReplyTask> openReplyTasks(Set<String> departments);

  Optional<ReplyTask> openReplyTask(long mentionId);

  /**
   * Makes the user the task's only owner.
   *
   * @throws org.relay.shared.ConflictException when someone else owns it, or claimed it at the same
   *     moment
   */
  void claim(String taskId, String username);
}
