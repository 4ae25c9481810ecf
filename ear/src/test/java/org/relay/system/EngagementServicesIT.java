package org.relay.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relay.engagement.EngagementRecords;
import org.relay.engagement.EngagementService;
import org.relay.engagement.EngagementWorkflow;
import org.relay.engagement.InboxItem;
import org.relay.engagement.PublicationView;
import org.relay.engagement.PublishingService;
import org.relay.listening.BatchItemOutcome;
import org.relay.listening.IngestionResult;
import org.relay.listening.IngestionService;
import org.relay.listening.MentionQueries;
import org.relay.listening.MentionState;
import org.relay.listening.NewMention;
import org.relay.shared.Actor;
import org.relay.shared.ConflictException;
import org.relay.shared.InvalidInputException;
import org.relay.shared.NotAllowedException;
import org.relay.testing.Await;
import org.relay.testing.RelayDeployments;

/**
 * The services inside the real server, on the real EAR: ingestion with its process in one
 * transaction, routing to a department, and claiming with its refusals. Runs in the container, so
 * it uses no client-side extension (and needs no Keycloak: it calls the services directly).
 */
@ExtendWith(ArquillianExtension.class)
class EngagementServicesIT {

  private static final Actor CHANNEL = actor("service-account-relay-ingest", Set.of(), "ingest");

  @Deployment
  static EnterpriseArchive relay() {
    return RelayDeployments.relayEarWith(EngagementServicesIT.class);
  }

  @Inject IngestionService ingestion;
  @Inject EngagementService engagement;
  @Inject MentionQueries mentions;
  @Inject RepositoryService repository;
  @Inject RuntimeService runtime;
  @Inject ManagementService management;
  @Inject PublishingService publishing;
  @Inject EngagementRecords records;
  @Inject EngagementWorkflow workflow;

  @Test
  void shouldMoveAnUnansweredMentionToTheLeadsQueueAtTwiceTheSla() {
    long id = ingest("Please fix the VAT on my invoice").mention().id();
    awaitInInbox(billing("carol"), id);
    engagement.claim(billing("carol"), id);

    fireTimer(id, "slaDoubled");

    Actor marcus = actor("marcus", Set.of("billing"), "employee", "department-lead");
    assertTrue(findInInbox(billing("carol"), id).isEmpty(), "gone from the department's queue");
    InboxItem withLead = findInInbox(marcus, id).orElseThrow();
    assertTrue(withLead.withLead());
    assertNull(withLead.assignee());
    assertThrows(NotAllowedException.class, () -> engagement.claim(billing("carol"), id));
    assertEquals(MentionState.NEW, mentions.summary(id).orElseThrow().state());
    assertTrue(
        engagement.escalations(marcus).inLeadQueue().stream().anyMatch(i -> i.mentionId() == id));

    // What the lead's reassignment does to the task (the service also checks membership in
    // Keycloak, which this in-container test does not need).
    workflow.assign(workflow.openReplyTask(id).orElseThrow().taskId(), "carol");

    assertEquals(
        1,
        engagement
            .submitDraft(billing("carol"), id, "I work at Relay billing: fixed now.")
            .revision(),
        "the member the lead gave it to can answer it");
  }

  @Test
  void shouldGiveTheLeadAFollowUpWhenTheSlaIsReached() {
    long id = ingest("Still waiting for my refund on the invoice").mention().id();
    awaitInInbox(billing("carol"), id);

    fireTimer(id, "slaReached");

    Actor marcus = actor("marcus", Set.of("billing"), "employee", "department-lead");
    assertTrue(
        engagement.escalations(marcus).followUps().stream().anyMatch(f -> f.mention().id() == id));
    assertTrue(findInInbox(billing("carol"), id).isPresent(), "the reply task stays with billing");
    assertThrows(
        NotAllowedException.class,
        () -> engagement.acknowledgeFollowUp(billing("carol"), id, "seen"));
    engagement.acknowledgeFollowUp(marcus, id, "Asked carol to take it today.");
    assertTrue(
        engagement.escalations(marcus).followUps().stream().noneMatch(f -> f.mention().id() == id));
  }

  @Test
  void shouldPublishOnceHoweverOftenPublishingIsRetried() {
    long id = ingest("Where can I download my invoice?").mention().id();
    awaitInInbox(billing("carol"), id);
    engagement.claim(billing("carol"), id);
    long draftId =
        engagement
            .submitDraft(billing("carol"), id, "I work at Relay billing: under Settings, Invoices.")
            .id();
    awaitState(id, MentionState.RESPONDED);

    PublicationView again = publishing.publish(id, draftId);

    assertEquals(1, records.publications(id).size());
    assertEquals(draftId, again.draftId());
  }

  private void fireTimer(long mentionId, String timerId) {
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(String.valueOf(mentionId))
            .singleResult()
            .getId();
    Job timer =
        management.createJobQuery().processInstanceId(instance).activityId(timerId).singleResult();
    management.executeJob(timer.getId());
  }

  private void awaitState(long mentionId, MentionState state) {
    Await.until(
        "Mention " + mentionId + " reaching " + state,
        () -> mentions.summary(mentionId).orElseThrow().state() == state);
  }

  @Test
  void shouldRouteAnIngestedBillingMentionToBillingUnclaimed() {
    IngestionResult result = ingest("I was charged twice on my last invoice, please help");

    assertTrue(result.created());
    InboxItem item = awaitInInbox(billing("carol"), result.mention().id());
    assertEquals("billing", item.department());
    assertEquals("billing", item.topic());
    assertNull(item.assignee());
    assertTrue(
        runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(result.mention().id()))
                .count()
            == 1);
  }

  @Test
  void shouldStoreOneMentionWithOneProcessWhenItArrivesManyTimesAtOnce() throws Exception {
    NewMention mention = mention("burst-" + UUID.randomUUID(), "Is the invoice page down?");
    int deliveries = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(deliveries);
    List<Future<IngestionResult>> results = new ArrayList<>();
    try {
      for (int i = 0; i < deliveries; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return ingestion.ingest(CHANNEL, mention);
                }));
      }
      start.countDown();
      int created = 0;
      Set<Long> ids = new java.util.HashSet<>();
      for (Future<IngestionResult> result : results) {
        IngestionResult delivered = result.get();
        created += delivered.created() ? 1 : 0;
        ids.add(delivered.mention().id());
      }

      assertEquals(1, created, "exactly one delivery stores it");
      assertEquals(1, ids.size(), "every delivery answers with the same mention");
      assertEquals(
          1,
          runtime
              .createProcessInstanceQuery()
              .processInstanceBusinessKey(String.valueOf(ids.iterator().next()))
              .count());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void shouldStoreEachMentionOnceWhenBatchesSharingOneArriveAtOnce() throws Exception {
    NewMention shared = mention("shared-" + UUID.randomUUID(), "Is checkout down for everyone?");
    NewMention invalid = mention("invalid-" + UUID.randomUUID(), " ");
    int deliveries = 6;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(deliveries);
    List<Future<List<BatchItemOutcome>>> batches = new ArrayList<>();
    List<NewMention> own = new ArrayList<>();
    try {
      for (int i = 0; i < deliveries; i++) {
        NewMention mine = mention("own-" + UUID.randomUUID(), "My invoice " + i + " is wrong");
        own.add(mine);
        batches.add(
            pool.submit(
                () -> {
                  start.await();
                  return ingestion.ingestAll(CHANNEL, List.of(mine, shared, invalid));
                }));
      }
      start.countDown();
      int sharedCreated = 0;
      Set<Long> sharedIds = new java.util.HashSet<>();
      for (Future<List<BatchItemOutcome>> batch : batches) {
        List<BatchItemOutcome> outcomes = batch.get();
        assertTrue(outcomes.get(0).result().created(), "each batch stores its own mention");
        sharedCreated += outcomes.get(1).result().created() ? 1 : 0;
        sharedIds.add(outcomes.get(1).result().mention().id());
        assertNull(outcomes.get(2).result(), "the invalid item is not stored");
        assertTrue(outcomes.get(2).refusal() instanceof InvalidInputException);
      }

      assertEquals(1, sharedCreated, "exactly one batch stores the shared mention");
      assertEquals(1, sharedIds.size(), "every batch answers with the same mention");
      assertEquals(
          1,
          runtime
              .createProcessInstanceQuery()
              .processInstanceBusinessKey(String.valueOf(sharedIds.iterator().next()))
              .count());
      for (NewMention mine : own) {
        assertFalse(ingestion.ingest(CHANNEL, mine).created(), "stored once, found again");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void shouldReturnTheStoredMentionOnRedelivery() {
    NewMention mention = mention("redelivered-" + UUID.randomUUID(), "Where is my invoice?");

    IngestionResult first = ingestion.ingest(CHANNEL, mention);
    IngestionResult again = ingestion.ingest(CHANNEL, mention);

    assertTrue(first.created());
    assertFalse(again.created());
    assertEquals(first.mention().id(), again.mention().id());
    assertEquals(
        1,
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(String.valueOf(first.mention().id()))
            .count());
  }

  @Test
  void shouldGiveTheMentionToExactlyOneOfManyConcurrentClaimers() throws Exception {
    long id = ingest("My invoice shows a refund that never arrived").mention().id();
    awaitInInbox(billing("carol"), id);
    int claimers = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(claimers);
    List<Future<String>> outcomes = new ArrayList<>();
    try {
      for (int i = 0; i < claimers; i++) {
        Actor claimer = billing("billing-" + i);
        Callable<String> claim =
            () -> {
              start.await();
              try {
                return engagement.claim(claimer, id).assignee();
              } catch (ConflictException e) {
                return null;
              } catch (EJBException e) {
                throw e;
              }
            };
        outcomes.add(pool.submit(claim));
      }
      start.countDown();
      List<String> owners = new ArrayList<>();
      for (Future<String> outcome : outcomes) {
        String owner = outcome.get();
        if (owner != null) {
          owners.add(owner);
        }
      }
      assertEquals(1, owners.size(), "exactly one claim succeeds: " + owners);
      assertEquals(owners.get(0), findInInbox(billing("carol"), id).orElseThrow().assignee());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void shouldTellTheSecondClaimerWhoOwnsTheMention() {
    long id = ingest("Why was I charged a late payment fee?").mention().id();
    awaitInInbox(billing("carol"), id);

    engagement.claim(billing("carol"), id);
    ConflictException refused =
        assertThrows(ConflictException.class, () -> engagement.claim(billing("marcus"), id));

    assertTrue(refused.getMessage().contains("carol"), refused.getMessage());
    assertEquals("carol", findInInbox(billing("marcus"), id).orElseThrow().assignee());
  }

  @Test
  void shouldRefuseAClaimFromOutsideTheDepartmentAndChangeNothing() {
    long id = ingest("The invoice for October has the wrong VAT number").mention().id();
    awaitInInbox(billing("carol"), id);

    assertThrows(
        NotAllowedException.class,
        () -> engagement.claim(actor("alice", Set.of("support"), "employee"), id));

    assertNull(findInInbox(billing("carol"), id).orElseThrow().assignee());
  }

  @Test
  void shouldStoreNeitherMentionNorProcessWhenTheProcessCannotStart() {
    String externalId = "doomed-" + UUID.randomUUID();
    repository.suspendProcessDefinitionByKey("engagement");
    try {
      assertThrows(
          EJBException.class,
          () -> ingestion.ingest(CHANNEL, mention(externalId, "This one never gets a process")));
    } finally {
      repository.activateProcessDefinitionByKey("engagement");
    }

    IngestionResult retried = ingestion.ingest(CHANNEL, mention(externalId, "Second delivery"));
    assertTrue(retried.created(), "the failed delivery must have left nothing behind");
    assertEquals("Second delivery", retried.mention().text());
  }

  @Test
  void shouldRefuseInvalidMentionsAndStoreNothing() {
    String externalId = "invalid-" + UUID.randomUUID();
    NewMention invalid =
        new NewMention("webhook", externalId, " ", "text", "not a url", Instant.now());

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> ingestion.ingest(CHANNEL, invalid));

    assertEquals(List.of("author", "url"), refused.errors().stream().map(e -> e.field()).toList());
    assertTrue(ingestion.ingest(CHANNEL, mention(externalId, "Now valid")).created());
  }

  @Test
  void shouldRefuseMentionsFromPeopleWithoutTheIngestRole() {
    assertThrows(
        NotAllowedException.class,
        () ->
            ingestion.ingest(
                actor("alice", Set.of("support"), "employee"),
                mention("by-alice-" + UUID.randomUUID(), "hello")));
  }

  private IngestionResult ingest(String text) {
    return ingestion.ingest(CHANNEL, mention("it-" + UUID.randomUUID(), text));
  }

  private static NewMention mention(String externalId, String text) {
    return new NewMention(
        "webhook",
        externalId,
        "@customer",
        text,
        "https://social.example/p/" + externalId,
        Instant.now());
  }

  private static Actor billing(String username) {
    return actor(username, Set.of("billing"), "employee");
  }

  private static Actor actor(String username, Set<String> departments, String... roles) {
    return new Actor(username, username, departments, Set.of(roles));
  }

  private Optional<InboxItem> findInInbox(Actor actor, long mentionId) {
    return engagement.inbox(actor).stream().filter(i -> i.mentionId() == mentionId).findFirst();
  }

  /** The process reaches the reply task on the job executor; wait for it (bounded). */
  private InboxItem awaitInInbox(Actor actor, long mentionId) {
    return Await.until(
        "Mention " + mentionId + " reaching the inbox of " + actor.username(),
        () -> findInInbox(actor, mentionId));
  }
}
