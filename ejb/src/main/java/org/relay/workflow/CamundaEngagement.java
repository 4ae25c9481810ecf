package org.relay.workflow;

import static org.relay.workflow.EngagementVariables.CHANNEL;
import static org.relay.workflow.EngagementVariables.CLAIM_AND_DRAFT;
import static org.relay.workflow.EngagementVariables.DEPARTMENT;
import static org.relay.workflow.EngagementVariables.FOLLOW_UP;
import static org.relay.workflow.EngagementVariables.LEGAL_REVIEW;
import static org.relay.workflow.EngagementVariables.MENTION_ID;
import static org.relay.workflow.EngagementVariables.PRIORITY;
import static org.relay.workflow.EngagementVariables.PROCESS_KEY;
import static org.relay.workflow.EngagementVariables.PR_REVIEW;
import static org.relay.workflow.EngagementVariables.REVIEW_REASON;
import static org.relay.workflow.EngagementVariables.WITH_LEAD;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.relay.engagement.EngagementWorkflow;
import org.relay.engagement.FollowUpTask;
import org.relay.engagement.Queues;
import org.relay.engagement.ReplyTask;
import org.relay.engagement.ReviewTask;
import org.relay.engagement.StuckStep;
import org.relay.listening.EngagementLauncher;
import org.relay.shared.ConflictException;

/**
 * The engagement process behind the listening and engagement ports, in the caller's transaction.
 */
@ApplicationScoped
public class CamundaEngagement implements EngagementLauncher, EngagementWorkflow {

  private static final String KIND_LEGAL = Queues.LEGAL;
  private static final String KIND_PR = Queues.PR;

  @Inject RuntimeService runtime;
  @Inject TaskService tasks;
  @Inject ManagementService management;

  @Override
  public void launch(long mentionId, String channel) {
    runtime.startProcessInstanceByKey(
        PROCESS_KEY, String.valueOf(mentionId), Map.of(MENTION_ID, mentionId, CHANNEL, channel));
  }

  @Override
  public List<ReplyTask> openReplyTasks(Set<String> queues) {
    return toReplyTasks(
        open(CLAIM_AND_DRAFT)
            .taskCandidateGroupIn(new ArrayList<>(queues))
            .includeAssignedTasks()
            .list());
  }

  @Override
  public List<ReplyTask> replyTasksOf(String username) {
    return toReplyTasks(open(CLAIM_AND_DRAFT).taskAssignee(username).list());
  }

  @Override
  public Optional<ReplyTask> openReplyTask(long mentionId) {
    return toReplyTasks(
            open(CLAIM_AND_DRAFT).processInstanceBusinessKey(String.valueOf(mentionId)).list())
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

  @Override
  public void assign(String taskId, String username) {
    try {
      if (username != null && Boolean.TRUE.equals(tasks.getVariableLocal(taskId, WITH_LEAD))) {
        backToDepartment(taskId);
      }
      tasks.setAssignee(taskId, username);
    } catch (OptimisticLockingException e) {
      throw new ConflictException("Someone changed this mention at the same moment; reload.", e);
    }
  }

  @Override
  public void complete(String taskId, Map<String, Object> variables) {
    try {
      tasks.complete(taskId, variables);
    } catch (OptimisticLockingException e) {
      throw new ConflictException("Someone changed this mention at the same moment; reload.", e);
    } catch (NullValueException e) {
      throw new ConflictException("This step is no longer open; reload.", e);
    }
  }

  @Override
  public List<ReviewTask> openReviewTasks(Set<String> kinds) {
    List<String> keys = new ArrayList<>();
    if (kinds.contains(KIND_LEGAL)) {
      keys.add(LEGAL_REVIEW);
    }
    if (kinds.contains(KIND_PR)) {
      keys.add(PR_REVIEW);
    }
    if (keys.isEmpty()) {
      return List.of();
    }
    return toReviewTasks(
        tasks
            .createTaskQuery()
            .processDefinitionKey(PROCESS_KEY)
            .taskDefinitionKeyIn(keys.toArray(String[]::new))
            .active()
            .list());
  }

  @Override
  public List<ReviewTask> openReviewTasks(long mentionId) {
    return toReviewTasks(
        tasks
            .createTaskQuery()
            .processDefinitionKey(PROCESS_KEY)
            .processInstanceBusinessKey(String.valueOf(mentionId))
            .taskDefinitionKeyIn(LEGAL_REVIEW, PR_REVIEW)
            .active()
            .list());
  }

  @Override
  public List<FollowUpTask> openFollowUps(Set<String> departments) {
    if (departments.isEmpty()) {
      return List.of();
    }
    List<String> queues = departments.stream().map(Queues::leadQueueOf).toList();
    return toFollowUps(open(FOLLOW_UP).taskCandidateGroupIn(queues).includeAssignedTasks().list());
  }

  @Override
  public List<FollowUpTask> openFollowUps(long mentionId) {
    return toFollowUps(
        open(FOLLOW_UP).processInstanceBusinessKey(String.valueOf(mentionId)).list());
  }

  /**
   * Moves an open task of the instance to the leads' queue: each candidate group {@code g} becomes
   * {@code lead:g}, the task loses its owner and is marked as with the lead.
   */
  void handToLeads(String processInstanceId, String taskKey) {
    for (Task task :
        tasks
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .taskDefinitionKey(taskKey)
            .active()
            .list()) {
      for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType())
            && link.getGroupId() != null
            && !link.getGroupId().startsWith(Queues.LEAD_PREFIX)) {
          tasks.deleteCandidateGroup(task.getId(), link.getGroupId());
          tasks.addCandidateGroup(task.getId(), Queues.leadQueueOf(link.getGroupId()));
        }
      }
      tasks.setAssignee(task.getId(), null);
      tasks.setVariableLocal(task.getId(), WITH_LEAD, true);
    }
  }

  /** Undoes {@link #handToLeads}: the lead gave the task to a member of the department. */
  private void backToDepartment(String taskId) {
    for (IdentityLink link : tasks.getIdentityLinksForTask(taskId)) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())
          && link.getGroupId() != null
          && link.getGroupId().startsWith(Queues.LEAD_PREFIX)) {
        tasks.deleteCandidateGroup(taskId, link.getGroupId());
        tasks.addCandidateGroup(taskId, link.getGroupId().substring(Queues.LEAD_PREFIX.length()));
      }
    }
    tasks.setVariableLocal(taskId, WITH_LEAD, false);
  }

  private TaskQuery open(String taskKey) {
    return tasks
        .createTaskQuery()
        .processDefinitionKey(PROCESS_KEY)
        .taskDefinitionKey(taskKey)
        .active();
  }

  private List<ReplyTask> toReplyTasks(List<Task> found) {
    Variables variables = variablesOf(found);
    return found.stream()
        .filter(variables::isComplete)
        .map(
            task ->
                new ReplyTask(
                    task.getId(),
                    variables.mentionId(task),
                    variables.string(task, DEPARTMENT),
                    variables.string(task, PRIORITY),
                    instant(task.getCreateTime()),
                    instant(task.getDueDate()),
                    task.getAssignee(),
                    variables.withLead(task)))
        .toList();
  }

  private List<ReviewTask> toReviewTasks(List<Task> found) {
    Variables variables = variablesOf(found);
    return found.stream()
        .filter(variables::isComplete)
        .map(
            task ->
                new ReviewTask(
                    task.getId(),
                    variables.mentionId(task),
                    LEGAL_REVIEW.equals(task.getTaskDefinitionKey()) ? KIND_LEGAL : KIND_PR,
                    variables.string(task, REVIEW_REASON),
                    instant(task.getCreateTime()),
                    instant(task.getDueDate()),
                    variables.withLead(task)))
        .toList();
  }

  private List<FollowUpTask> toFollowUps(List<Task> found) {
    Variables variables = variablesOf(found);
    return found.stream()
        .filter(variables::isComplete)
        .map(
            task ->
                new FollowUpTask(
                    task.getId(),
                    variables.mentionId(task),
                    leadQueueDepartment(task),
                    instant(task.getCreateTime())))
        .toList();
  }

  /** The department whose lead's queue holds the task (the instance may have moved on since). */
  private String leadQueueDepartment(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .filter(group -> group != null && group.startsWith(Queues.LEAD_PREFIX))
        .map(group -> group.substring(Queues.LEAD_PREFIX.length()))
        .findFirst()
        .orElse(null);
  }

  /** The variables of the tasks' instances (and the tasks' own), read in one query. */
  private Variables variablesOf(Collection<Task> found) {
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    Map<String, Map<String, Object>> byTask = new HashMap<>();
    if (!found.isEmpty()) {
      String[] instanceIds =
          found.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
      for (VariableInstance variable :
          runtime
              .createVariableInstanceQuery()
              .processInstanceIdIn(instanceIds)
              .variableNameIn(MENTION_ID, DEPARTMENT, PRIORITY, REVIEW_REASON, WITH_LEAD)
              .list()) {
        Map<String, Map<String, Object>> scope = variable.getTaskId() == null ? byInstance : byTask;
        String key =
            variable.getTaskId() == null ? variable.getProcessInstanceId() : variable.getTaskId();
        scope
            .computeIfAbsent(key, k -> new HashMap<>())
            .put(variable.getName(), variable.getValue());
      }
    }
    return new Variables(byInstance, byTask);
  }

  private record Variables(
      Map<String, Map<String, Object>> byInstance, Map<String, Map<String, Object>> byTask) {

    /** False when the instance ended between reading the task and reading its variables. */
    boolean isComplete(Task task) {
      return instanceValue(task, MENTION_ID) != null;
    }

    long mentionId(Task task) {
      return ((Number) instanceValue(task, MENTION_ID)).longValue();
    }

    String string(Task task, String name) {
      Object value = instanceValue(task, name);
      return value == null ? null : value.toString();
    }

    boolean withLead(Task task) {
      return Boolean.TRUE.equals(byTask.getOrDefault(task.getId(), Map.of()).get(WITH_LEAD));
    }

    private Object instanceValue(Task task, String name) {
      return byInstance.getOrDefault(task.getProcessInstanceId(), Map.of()).get(name);
    }
  }

  private static Instant instant(java.util.Date date) {
    return date == null ? null : date.toInstant();
  }

  @Override
  public List<StuckStep> stuckSteps() {
    List<Incident> incidents =
        runtime.createIncidentQuery().incidentType(Incident.FAILED_JOB_HANDLER_TYPE).list();
    Map<String, String> businessKeys = new HashMap<>();
    for (Incident incident : incidents) {
      businessKeys.computeIfAbsent(
          incident.getProcessInstanceId(),
          id -> {
            var instance =
                runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
            return instance == null ? null : instance.getBusinessKey();
          });
    }
    return incidents.stream()
        .filter(incident -> businessKeys.get(incident.getProcessInstanceId()) != null)
        .map(
            incident ->
                new StuckStep(
                    incident.getId(),
                    Long.parseLong(businessKeys.get(incident.getProcessInstanceId())),
                    incident.getActivityId(),
                    incident.getIncidentMessage(),
                    instant(incident.getIncidentTimestamp())))
        .sorted(java.util.Comparator.comparing(StuckStep::since))
        .toList();
  }

  @Override
  public boolean retry(String stuckStepId) {
    Incident incident = runtime.createIncidentQuery().incidentId(stuckStepId).singleResult();
    if (incident == null || incident.getConfiguration() == null) {
      return false;
    }
    management
        .setJobRetries(1)
        .jobId(incident.getConfiguration())
        .dueDate(new java.util.Date())
        .execute();
    return true;
  }
}
