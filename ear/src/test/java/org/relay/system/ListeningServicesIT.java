package org.relay.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relay.engagement.EngagementService;
import org.relay.engagement.InboxItem;
import org.relay.listening.CrisisService;
import org.relay.listening.CrisisView;
import org.relay.listening.EmployeeHandleService;
import org.relay.listening.FeedFilter;
import org.relay.listening.IngestionService;
import org.relay.listening.ListeningAdminService;
import org.relay.listening.ListeningFeed;
import org.relay.listening.ListeningTerm;
import org.relay.listening.ListeningViews.TopicView;
import org.relay.listening.MentionQueries;
import org.relay.listening.MentionState;
import org.relay.listening.MentionSummary;
import org.relay.listening.NewMention;
import org.relay.shared.Actor;
import org.relay.shared.NotAllowedException;
import org.relay.testing.Await;
import org.relay.testing.RelayDeployments;

/**
 * Listening inside the real server: classification of what arrives, employees' own posts kept out
 * of the work and of the figures, crisis terms and spikes raising a crisis that sends the topic's
 * mentions to PR until PR ends it. Each test works on a topic of its own, so that a crisis it
 * raises changes nothing for the other tests.
 */
@ExtendWith(ArquillianExtension.class)
class ListeningServicesIT {

  private static final Actor CHANNEL = actor("service-account-relay-ingest", Set.of(), "ingest");
  private static final Actor ADA = actor("ada", Set.of("operations"), "employee", "admin");
  private static final Actor GRACE = actor("grace", Set.of("pr"), "employee", "pr");
  private static final Actor ALICE = actor("alice", Set.of("support"), "employee");

  @Deployment
  static EnterpriseArchive relay() {
    return RelayDeployments.relayEarWith(ListeningServicesIT.class);
  }

  @Inject IngestionService ingestion;
  @Inject MentionQueries mentions;
  @Inject ListeningAdminService settings;
  @Inject CrisisService crises;
  @Inject EmployeeHandleService handles;
  @Inject EngagementService engagement;
  @Inject ListeningFeed feed;

  @Test
  void shouldClassifyLanguageSentimentReachAndUrgency() {
    long id =
        ingest(
            new NewMention(
                "webhook",
                "cls-" + UUID.randomUUID(),
                "@loud_customer",
                "This is the worst service ever, I am furious and I need help urgent!",
                null,
                Instant.now(),
                250_000,
                null,
                null));

    MentionSummary classified = awaitClassified(id);

    assertEquals("en", classified.language());
    assertEquals("NEGATIVE", classified.sentiment());
    assertEquals("HIGH", classified.reach());
    assertTrue(classified.urgent(), "'urgent' is an urgency term");
    assertEquals("complaint", classified.topic());
  }

  @Test
  void shouldKeepAnEmployeesOwnPostOutOfTheWorkAndOutOfCustomersFigures() {
    String handle = "@alice-" + UUID.randomUUID().toString().substring(0, 8) + "@social.example";
    handles.register(ALICE, handle);

    long id =
        ingest(mention(handle.toUpperCase(), "Proud of what our support team shipped today!"));

    MentionSummary kept = awaitClassified(id);
    assertTrue(kept.employeeVoice());
    Await.until(
        "the employee's post leaving the engagement",
        () -> mentions.summary(id).orElseThrow().state() == MentionState.EMPLOYEE_VOICE);
    assertTrue(findInInbox(ALICE, id).isEmpty(), "never routed to anyone to answer");
    assertTrue(
        feed.latest(FeedFilter.none(), id - 1, 50).stream().noneMatch(m -> m.id() == id),
        "not in the customers' feed by default");
    assertTrue(
        feed.latest(new FeedFilter(null, null, null, null, true), id - 1, 50).stream()
            .anyMatch(m -> m.id() == id),
        "shown when asked for");
  }

  @Test
  void shouldRaiseACrisisOnACrisisTermAndSendTheTopicToPrUntilPrEndsIt() {
    String topic = uniqueTopic();
    String term = "meltdown" + UUID.randomUUID().toString().substring(0, 6);
    settings.addTerm(ADA, ListeningTerm.Kind.CRISIS, term);
    try {
      long first = ingest(mention("@witness", "The " + topic + "-widget had a " + term + " today"));

      MentionSummary hot = awaitClassified(first);
      assertTrue(hot.hotIssue());
      CrisisView crisis = activeCrisis(topic).orElseThrow();
      assertEquals("TERM", crisis.reason().name());
      InboxItem withPr = awaitInInbox(GRACE, first);
      assertEquals("pr", withPr.department());
      assertEquals("high", withPr.priority());

      long next = ingest(mention("@other", "Anyone else seeing the " + topic + "-widget act up?"));
      assertEquals("pr", awaitInInbox(GRACE, next).department(), "the topic is in crisis");

      assertThrows(NotAllowedException.class, () -> crises.end(ALICE, crisis.id(), "fine now"));
      crises.end(GRACE, crisis.id(), "Fixed and explained in a statement");
      assertTrue(activeCrisis(topic).isEmpty());

      long after = ingest(mention("@calm", "The " + topic + "-widget works again, thanks"));
      assertEquals("support", awaitInInbox(ALICE, after).department(), "routed as usual again");
    } finally {
      settings.removeTerm(ADA, ListeningTerm.Kind.CRISIS, term);
      settings.removeTopic(ADA, topic);
    }
  }

  @Test
  void shouldRaiseACrisisWhenATopicSpikesAboveItsBaseline() {
    String topic = uniqueTopic();
    String newcomer = uniqueTopic();
    try {
      Instant now = Instant.now();
      List<Long> ids = new ArrayList<>();
      for (int hour = 2; hour <= 24; hour += 2) {
        ids.add(
            ingest(
                new NewMention(
                    "webhook",
                    "base-" + UUID.randomUUID(),
                    "@regular",
                    "A note about the " + topic + "-widget",
                    null,
                    now.minus(Duration.ofHours(hour)),
                    null,
                    null,
                    null)));
      }
      // The baseline is classified before the burst arrives, so a check that runs meanwhile (the
      // spike watch, once a minute) sees all of it, as the detail asserted below says.
      ids.forEach(ListeningServicesIT.this::awaitClassified);
      for (int i = 0; i < 14; i++) {
        ids.add(ingest(mention("@crowd" + i, "The " + topic + "-widget is broken for me too")));
      }
      for (int i = 0; i < 14; i++) {
        ids.add(ingest(mention("@fan" + i, "First day of the " + newcomer + "-widget!")));
      }
      ids.forEach(ListeningServicesIT.this::awaitClassified);

      // SpikeWatch runs the same check once a minute on its own, so it may have raised the crisis
      // before this call: what counts is the crisis that results, not which run raised it.
      List<String> raised = crises.checkSpikes();
      assertTrue(
          raised.contains(topic) || activeCrisis(topic).isPresent(),
          "14 in the last hour against 0 or 1 before");
      assertFalse(raised.contains(newcomer), "a topic without a baseline cannot spike");
      assertTrue(activeCrisis(newcomer).isEmpty(), "a topic without a baseline cannot spike");

      CrisisView crisis = activeCrisis(topic).orElseThrow();
      assertEquals("SPIKE", crisis.reason().name());
      // The count depends on how many of the burst were in when the check ran; the baseline not.
      assertTrue(
          crisis.detail().matches("Spike: \\d+ mentions in the last hour against 0\\.5 ± 0\\.5 .*"),
          crisis.detail());
      assertFalse(crises.checkSpikes().contains(topic), "an active crisis is not raised twice");
      crises.end(GRACE, crisis.id(), "Explained on the status page");
      assertFalse(
          crises.checkSpikes().contains(topic),
          "the burst PR just dealt with does not raise it again");
    } finally {
      settings.removeTopic(ADA, topic);
      settings.removeTopic(ADA, newcomer);
    }
  }

  /** A topic only this test uses, recognised by its own keyword, tried first. */
  private String uniqueTopic() {
    String topic = "it-" + UUID.randomUUID().toString().substring(0, 8);
    settings.saveTopic(ADA, new TopicView(topic, topic + "-widget", -1));
    return topic;
  }

  private Optional<CrisisView> activeCrisis(String topic) {
    return crises.active().stream().filter(c -> c.topic().equals(topic)).findFirst();
  }

  private long ingest(NewMention mention) {
    return ingestion.ingest(CHANNEL, mention).mention().id();
  }

  private MentionSummary awaitClassified(long id) {
    MentionSummary classified =
        Await.until(
            "mention " + id + " classified",
            () -> mentions.summary(id).filter(m -> m.sentiment() != null));
    assertNotNull(classified.topic());
    return classified;
  }

  private static NewMention mention(String author, String text) {
    return new NewMention("webhook", "ls-" + UUID.randomUUID(), author, text, null, Instant.now());
  }

  private static Actor actor(String username, Set<String> departments, String... roles) {
    return new Actor(username, username, departments, Set.of(roles));
  }

  private Optional<InboxItem> findInInbox(Actor actor, long mentionId) {
    return engagement.inbox(actor).stream().filter(i -> i.mentionId() == mentionId).findFirst();
  }

  private InboxItem awaitInInbox(Actor actor, long mentionId) {
    return Await.until(
        "Mention " + mentionId + " reaching the inbox of " + actor.username(),
        () -> findInInbox(actor, mentionId));
  }
}
