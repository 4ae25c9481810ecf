package org.relay.engagement;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.relay.listening.MentionQueries;
import org.relay.listening.MentionSummary;
import org.relay.shared.Actor;
import org.relay.shared.ConflictException;
import org.relay.shared.NotAllowedException;
import org.relay.shared.NotFoundException;
import org.relay.shared.Roles;

/**
 * The inbox and the claiming of mentions. Only employees of the department a mention is routed to
 * may claim it, and a mention has at most one owner.
 */
@Stateless
public class EngagementService {

  private static final Map<String, Integer> PRIORITY_RANK =
      Map.of("high", 0, "normal", 1, "low", 2);

  @Inject EngagementWorkflow workflow;
  @Inject MentionQueries mentions;

  /** Open mentions of the actor's departments, most urgent first. */
  public List<InboxItem> inbox(Actor actor) {
    if (actor.departments().isEmpty()) {
      return List.of();
    }
    List<ReplyTask> tasks = workflow.openReplyTasks(actor.departments());
    Map<Long, MentionSummary> byId =
        mentions.summaries(tasks.stream().map(ReplyTask::mentionId).toList()).stream()
            .collect(Collectors.toMap(MentionSummary::id, Function.identity()));
    return tasks.stream()
        .filter(task -> byId.containsKey(task.mentionId()))
        .map(task -> toItem(task, byId.get(task.mentionId())))
        .sorted(
            Comparator.comparing((InboxItem item) -> PRIORITY_RANK.getOrDefault(item.priority(), 3))
                .thenComparing(InboxItem::dueAt, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  /** Makes the actor the owner of the mention's reply task. */
  public InboxItem claim(Actor actor, long mentionId) {
    ReplyTask task =
        workflow
            .openReplyTask(mentionId)
            .orElseThrow(
                () ->
                    new NotFoundException("Mention " + mentionId + " has no open reply to claim."));
    if (!actor.hasRole(Roles.EMPLOYEE) || !actor.memberOf(task.department())) {
      throw new NotAllowedException(
          "Only employees of "
              + task.department()
              + " may claim this mention; you belong to "
              + (actor.departments().isEmpty()
                  ? "no department"
                  : String.join(", ", actor.departments()))
              + ".");
    }
    if (task.isClaimed()) {
      if (task.assignee().equals(actor.username())) {
        return toItem(task, summary(mentionId));
      }
      throw new ConflictException("Already claimed by " + task.assignee() + ".");
    }
    workflow.claim(task.taskId(), actor.username());
    ReplyTask claimed =
        new ReplyTask(
            task.taskId(),
            task.mentionId(),
            task.department(),
            task.priority(),
            task.createdAt(),
            task.dueAt(),
            actor.username());
    return toItem(claimed, summary(mentionId));
  }

  private MentionSummary summary(long mentionId) {
    return mentions
        .summary(mentionId)
        .orElseThrow(() -> new NotFoundException("No mention " + mentionId + "."));
  }

  private static InboxItem toItem(ReplyTask task, MentionSummary mention) {
    return new InboxItem(
        mention.id(),
        mention.channel(),
        mention.author(),
        mention.text(),
        mention.url(),
        mention.topic(),
        mention.postedAt(),
        task.department(),
        task.priority(),
        task.dueAt(),
        task.assignee());
  }
}
