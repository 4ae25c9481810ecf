package org.relay.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relay.engagement.EngagementRecords;
import org.relay.engagement.EngagementService;
import org.relay.engagement.OperationsService;
import org.relay.engagement.PublicationView;
import org.relay.engagement.StuckStep;
import org.relay.listening.IngestionService;
import org.relay.listening.MentionQueries;
import org.relay.listening.MentionState;
import org.relay.listening.NewMention;
import org.relay.shared.Actor;
import org.relay.shared.NotAllowedException;
import org.relay.testing.Await;
import org.relay.testing.CallbackRecorder;
import org.relay.testing.RelayDeployments;

/**
 * Publishing in the real server: a webhook mention's reply goes to the channel's callback with its
 * idempotency key; a reply the channel will not take ends as a stuck step that an administrator
 * retries once the cause is fixed.
 */
@ExtendWith(ArquillianExtension.class)
class PublishingIT {

  private static final String CALLBACK_URL = "relay.webhook.callback-url";
  private static final Actor CHANNEL =
      new Actor("service-account-relay-ingest", null, Set.of(), Set.of("ingest"));
  private static final Actor CAROL =
      new Actor("carol", null, Set.of("billing"), Set.of("employee"));
  private static final Actor ADA = new Actor("ada", null, Set.of(), Set.of("admin"));

  @Deployment
  static EnterpriseArchive relay() {
    return RelayDeployments.relayEarWith(PublishingIT.class);
  }

  @Inject IngestionService ingestion;
  @Inject EngagementService engagement;
  @Inject OperationsService operations;
  @Inject MentionQueries mentions;
  @Inject EngagementRecords records;
  @Inject RuntimeService runtime;
  @Inject ManagementService management;

  private String previousCallback;

  @AfterEach
  void restoreCallback() {
    if (previousCallback == null) {
      System.clearProperty(CALLBACK_URL);
    } else {
      System.setProperty(CALLBACK_URL, previousCallback);
    }
  }

  @Test
  void shouldPostTheReplyOfAWebhookMentionToTheCallbackWithItsIdempotencyKey() {
    useCallback(
        "http://localhost:"
            + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0))
            + "/relay"
            + CallbackRecorder.PATH);
    long id = deliverAndClaim("My invoice has no VAT number");
    long draftId =
        engagement
            .submitDraft(CAROL, id, "I work at Relay billing: a corrected invoice is on its way.")
            .id();
    Await.until(
        "the step", () -> mentions.summary(id).orElseThrow().state() == MentionState.RESPONDED);

    String key = "mention-" + id + "-draft-" + draftId;
    CallbackRecorder.Received received =
        CallbackRecorder.RECEIVED.stream()
            .filter(r -> key.equals(r.idempotencyKey()))
            .findFirst()
            .orElseThrow();
    assertTrue(received.body().contains("a corrected invoice is on its way"), received.body());
    PublicationView publication = records.publications(id).get(0);
    assertEquals("webhook", publication.channel());
  }

  @Test
  void shouldLeaveAReplyTheChannelRefusesAsAStuckStepThatAnAdministratorRetries() {
    useCallback("http://localhost:9/nobody-listens");
    long id = deliverAndClaim("Please send me the invoice again");
    engagement.submitDraft(CAROL, id, "I work at Relay billing: sending it again now.");
    String instance = instanceOf(id);
    Await.until("The reply being published", () -> failedPublishJob(instance) != null);

    Job job = failedPublishJob(instance);
    management.setJobRetries(job.getId(), 1);
    assertThrows(RuntimeException.class, () -> management.executeJob(job.getId()));

    StuckStep stuck =
        operations.stuckSteps(ADA).stream()
            .filter(s -> s.mentionId() == id)
            .findFirst()
            .orElseThrow();
    assertEquals("publishReply", stuck.step());
    assertTrue(stuck.reason().contains("webhook callback"), stuck.reason());
    assertThrows(NotAllowedException.class, () -> operations.stuckSteps(CAROL));
    assertEquals(MentionState.SUBMITTED, mentions.summary(id).orElseThrow().state());

    System.clearProperty(CALLBACK_URL);
    operations.retry(ADA, stuck.id());
    Await.until(
        "the step", () -> mentions.summary(id).orElseThrow().state() == MentionState.RESPONDED);
    assertEquals("sandbox", records.publications(id).get(0).channel());
  }

  private void useCallback(String url) {
    previousCallback = System.getProperty(CALLBACK_URL);
    System.setProperty(CALLBACK_URL, url);
  }

  private long deliverAndClaim(String text) {
    long id =
        ingestion
            .ingest(
                CHANNEL,
                new NewMention(
                    "webhook", "pub-" + UUID.randomUUID(), "@customer", text, null, Instant.now()))
            .mention()
            .id();
    Await.until(
        "the step", () -> engagement.inbox(CAROL).stream().anyMatch(i -> i.mentionId() == id));
    engagement.claim(CAROL, id);
    return id;
  }

  private String instanceOf(long mentionId) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(String.valueOf(mentionId))
        .singleResult()
        .getId();
  }

  private Job failedPublishJob(String instance) {
    return management
        .createJobQuery()
        .processInstanceId(instance)
        .activityId("publishReply")
        .withException()
        .singleResult();
  }
}
