package org.relay.engagement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The engagement process as the engagement services see it. Joins the caller's transaction. */
public interface EngagementWorkflow {

  /** Open reply tasks in any of the queues (departments, lead queues), claimed or not. */
  List<ReplyTask> openReplyTasks(Set<String> queues);

  /** Open reply tasks owned by the user. */
  List<ReplyTask> replyTasksOf(String username);

  Optional<ReplyTask> openReplyTask(long mentionId);

  /**
   * Makes the user the task's only owner.
   *
   * @throws org.relay.shared.ConflictException when someone else owns it, or claimed it at the same
   *     moment
   */
  void claim(String taskId, String username);

  /** Gives the task to a user (a lead reassigning) or, with null, back to the queue. */
  void assign(String taskId, String username);

  /** Completes a task with the variables the process decides on. */
  void complete(String taskId, Map<String, Object> variables);

  /** Open reviews of the given kinds (legal, pr). */
  List<ReviewTask> openReviewTasks(Set<String> kinds);

  List<ReviewTask> openReviewTasks(long mentionId);

  /** Open follow-ups of overdue mentions for the leads of these departments. */
  List<FollowUpTask> openFollowUps(Set<String> departments);

  /** The open follow-ups of one mention (one per department whose SLA it ran past). */
  List<FollowUpTask> openFollowUps(long mentionId);

  /** Steps that failed after all their retries, oldest first. */
  List<StuckStep> stuckSteps();

  /** Runs a stuck step again (one more attempt); false if it is no longer stuck. */
  boolean retry(String stuckStepId);
}
