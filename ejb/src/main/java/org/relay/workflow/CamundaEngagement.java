package org.relay.workflow;

import static org.relay.workflow.EngagementVariables.CHANNEL;
import static org.relay.workflow.EngagementVariables.CLAIM_AND_DRAFT;
import static org.relay.workflow.EngagementVariables.DEPARTMENT;
import static org.relay.workflow.EngagementVariables.MENTION_ID;
import static org.relay.workflow.EngagementVariables.PRIORITY;
import static org.relay.workflow.EngagementVariables.PROCESS_KEY;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.relay.engagement.EngagementWorkflow;
import org.relay.engagement.ReplyTask;
import org.relay.listening.EngagementLauncher;
import org.relay.shared.ConflictException;

/**
 * The engagement process behind the listening and engagement ports, in the caller's transaction.
 */
@ApplicationScoped
public class CamundaEngagement implements EngagementLauncher, EngagementWorkflow {

  @Inject RuntimeService runtime;
  @Inject TaskService tasks;

  @Override
  public void launch(long mentionId, String channel) {
    runtime.startProcessInstanceByKey(
        PROCESS_KEY, String.valueOf(mentionId), Map.of(MENTION_ID, mentionId, CHANNEL, channel));
  }

  @Override
  public List<ReplyTask> openReplyTasks(Set<String> departments) {
    return toReplyTasks(
        replyTasks()
            .taskCandidateGroupIn(new ArrayList<>(departments))
            .includeAssignedTasks()
            .list());
  }

  @Override
  public Optional<ReplyTask> openReplyTask(long mentionId) {
    return toReplyTasks(replyTasks().processInstanceBusinessKey(String.valueOf(mentionId)).list())
        .stream()
        .findFirst();
  }

  @Override
  public void claim(String taskId, String username) {
    try {
      tasks.claim(taskId, username);
    } catch (TaskAlreadyClaimedException e) {
      throw new ConflictException("Already claimed by " + e.getTaskAssignee() + ".", e);
    } catch (OptimisticLockingException e) {
      throw new ConflictException(
          "Someone claimed this mention at the same moment; reload to see who.", e);
    } catch (NullValueException e) {
      throw new ConflictException("This mention is no longer open for a reply.", e);
    }
  }

  private TaskQuery replyTasks() {
    return tasks
        .createTaskQuery()
        .processDefinitionKey(PROCESS_KEY)
        .taskDefinitionKey(CLAIM_AND_DRAFT)
        .active();
  }

  private List<ReplyTask> toReplyTasks(List<Task> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Object>> variables = variablesOf(found);
    return found.stream()
        .map(
            task ->
                toReplyTask(task, variables.getOrDefault(task.getProcessInstanceId(), Map.of())))
        .toList();
  }

  private Map<String, Map<String, Object>> variablesOf(List<Task> found) {
    String[] instanceIds =
        found.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    for (VariableInstance variable :
        runtime
            .createVariableInstanceQuery()
            .processInstanceIdIn(instanceIds)
            .variableNameIn(MENTION_ID, DEPARTMENT, PRIORITY)
            .list()) {
      byInstance
          .computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
          .put(variable.getName(), variable.getValue());
    }
    return byInstance;
  }

  private static ReplyTask toReplyTask(Task task, Map<String, Object> variables) {
    return new ReplyTask(
        task.getId(),
        ((Number) variables.get(MENTION_ID)).longValue(),
        (String) variables.get(DEPARTMENT),
        (String) variables.get(PRIORITY),
        task.getCreateTime().toInstant(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant(),
        task.getAssignee());
  }
}
