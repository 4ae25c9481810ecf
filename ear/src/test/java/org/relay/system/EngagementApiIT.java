package org.relay.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relay.testing.Await;
import org.relay.testing.KeycloakExtension;
import org.relay.testing.RelayClient;
import org.relay.testing.RelayClient.Response;
import org.relay.testing.RelayDeployments;
import org.relay.testing.TestSettings;

/**
 * The engagement of a mention through the API of the real EAR, as the demo users: drafting with the
 * guideline checks, review only where the policy says, publishing, transfer, close, escalate, and
 * the refusals on the way.
 */
@ExtendWith({KeycloakExtension.class, ArquillianExtension.class})
class EngagementApiIT {

  private static final String DISCLOSED = "I work at Relay on the team that handles this. ";

  @Deployment(testable = false)
  static EnterpriseArchive relay() {
    return RelayDeployments.relayEar();
  }

  private RelayClient relay;

  private String confidentialityBefore;

  @BeforeEach
  void connect() {
    relay = new RelayClient(TestSettings.relayUrl(), TestSettings.realmUrl());
    relay.ensureWebhookChannel("mastodon");
    relay.ensureWebhookChannel("rss");
    confidentialityBefore = relay.ensureConfidentialTerms("Project Falcon", "Falcon", "Acme Corp");
  }

  @AfterEach
  void restoreConfidentialTerms() {
    if (confidentialityBefore != null) {
      relay.restoreRule("confidentiality", confidentialityBefore);
    }
  }

  @Test
  void shouldPublishACleanDraftWithoutReviewAndRecordEveryStep() {
    String alice = relay.userToken("alice");
    long id = deliverAndAwait("How do I export my workspace?", "webhook", alice);
    ok(relay.post("/api/mentions/" + id + "/claim", alice, ""));

    Response undisclosed = submit(id, alice, "Go to Settings, then Export.");
    assertThat(undisclosed.status()).isEqualTo(400);
    assertThat(undisclosed.body()).contains("does not say that you work for the company");
    assertThat(detail(id, alice).get("drafts")).as("a blocked draft is not stored").isEmpty();

    Response submitted = submit(id, alice, DISCLOSED + "Go to Settings, then Export.");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);

    JsonNode done = awaitState(id, alice, "RESPONDED");
    JsonNode publication = done.get("publications").get(0);
    assertThat(publication.get("text").asText())
        .isEqualTo(DISCLOSED + "Go to Settings, then Export.");
    assertThat(publication.get("url").asText()).endsWith("/sandbox/thread.xhtml?mention=" + id);
    assertThat(actions(done))
        .containsSubsequence("received", "claimed", "draft-submitted", "published");
  }

  @Test
  void shouldSendAConfidentialDraftToLegalAndBackToItsAuthorWithTheComment() {
    String carol = relay.userToken("carol");
    String lena = relay.userToken("lena");
    long id = deliverAndAwait("Why was I charged twice on my invoice?", "webhook", carol);
    ok(relay.post("/api/mentions/" + id + "/claim", carol, ""));

    ok(submit(id, carol, DISCLOSED + "Project Falcon will fix double charges."));
    awaitInReviewQueue(lena, id, "legal");
    assertThat(
            relay
                .post("/api/mentions/" + id + "/reviews/legal", carol, review("approve", null))
                .status())
        .as("the author is no legal reviewer")
        .isEqualTo(403);
    assertThat(
            relay
                .post("/api/mentions/" + id + "/reviews/legal", lena, review("changes", ""))
                .status())
        .as("changes need a comment")
        .isEqualTo(400);
    ok(
        relay.post(
            "/api/mentions/" + id + "/reviews/legal",
            lena,
            review("changes", "Do not name Falcon.")));

    awaitState(id, carol, "CHANGES_REQUESTED");
    JsonNode myWork =
        awaitInList("/api/my-work", carol, item -> item.get("mentionId").asLong() == id);
    assertThat(myWork.get("assignee").asText()).isEqualTo("carol");
    ok(
        submit(
            id,
            carol,
            DISCLOSED + "We are fixing double charges; you get a full refund of the second one."));

    JsonNode detail = awaitState(id, carol, "SUBMITTED");
    assertThat(detail.get("drafts")).hasSize(2);
    awaitInReviewQueue(relay.userToken("grace"), id, "pr");
  }

  @Test
  void shouldPublishExactlyTheRevisionTheReviewerApproved() {
    String carol = relay.userToken("carol");
    String victor = relay.userToken("victor");
    long id = deliverAndAwait("My invoice shows the wrong VAT number.", "webhook", carol);
    ok(relay.post("/api/mentions/" + id + "/claim", carol, ""));
    String reply = DISCLOSED + "Acme Corp had the same issue; a corrected invoice is coming.";
    ok(submit(id, carol, reply));
    awaitInReviewQueue(victor, id, "legal");

    ok(relay.post("/api/mentions/" + id + "/reviews/legal", victor, review("approve", null)));

    JsonNode done = awaitState(id, carol, "RESPONDED");
    assertThat(done.get("publications").get(0).get("text").asText()).isEqualTo(reply);
    assertThat(done.get("reviews").get(0).get("reviewer").asText()).isEqualTo("victor");
  }

  @Test
  void shouldEndWithNothingPublishedWhenPrRejects() {
    String alice = relay.userToken("alice");
    String paul = relay.userToken("paul");
    long id = deliverAndAwait("Your app deleted my files!", "webhook", alice);
    ok(relay.post("/api/mentions/" + id + "/claim", alice, ""));
    ok(submit(id, alice, DISCLOSED + "That was our fault and you get compensation."));
    awaitInReviewQueue(paul, id, "pr");

    assertThat(
            relay
                .post("/api/mentions/" + id + "/reviews/legal", paul, review("approve", null))
                .status())
        .as("there is no legal review to decide")
        .isEqualTo(404);
    assertThat(
            relay
                .post(
                    "/api/mentions/" + id + "/reviews/pr",
                    relay.userToken("lena"),
                    review("approve", null))
                .status())
        .as("legal may not decide a PR review")
        .isEqualTo(403);
    ok(
        relay.post(
            "/api/mentions/" + id + "/reviews/pr",
            paul,
            review("reject", "We do not admit fault in public.")));

    JsonNode done = awaitState(id, alice, "REJECTED");
    assertThat(done.get("publications")).isEmpty();
  }

  @Test
  void shouldTransferToAnotherDepartmentWithANote() {
    String alice = relay.userToken("alice");
    String carol = relay.userToken("carol");
    long id = deliverAndAwait("Which plan includes single sign-on?", "webhook", alice);

    assertThat(transfer(id, alice, "billing", "").status()).isEqualTo(400);
    assertThat(transfer(id, alice, "astrology", "pricing question").status()).isEqualTo(400);
    assertThat(transfer(id, relay.userToken("bob"), "billing", "not mine").status()).isEqualTo(403);
    ok(transfer(id, alice, "billing", "A pricing question: billing knows the plans."));

    JsonNode item = awaitInList("/api/inbox", carol, i -> i.get("mentionId").asLong() == id);
    assertThat(item.get("department").asText()).isEqualTo("billing");
    assertThat(ids("/api/inbox", alice)).doesNotContain(id);
    assertThat(actions(detail(id, carol))).contains("transferred");
  }

  @Test
  void shouldCloseAsNeedingNoReplyOnlyWithAReason() {
    String dan = relay.userToken("dan");
    long id = deliverAndAwait("Just saying hi to the support team!", "webhook", dan);

    assertThat(relay.post("/api/mentions/" + id + "/close", dan, "{\"reason\":\" \"}").status())
        .isEqualTo(400);
    assertThat(
            relay
                .post(
                    "/api/mentions/" + id + "/close",
                    relay.userToken("carol"),
                    "{\"reason\":\"spam\"}")
                .status())
        .isEqualTo(403);
    ok(
        relay.post(
            "/api/mentions/" + id + "/close",
            dan,
            "{\"reason\":\"A greeting, nothing to answer.\"}"));

    assertThat(awaitState(id, dan, "CLOSED").has("replyTask")).isFalse();
  }

  @Test
  void shouldEscalateAHotIssueToPrAtHighPriority() {
    String alice = relay.userToken("alice");
    long id =
        deliverAndAwait("Everyone is posting screenshots of your data leak", "webhook", alice);

    assertThat(
            relay
                .post(
                    "/api/mentions/" + id + "/escalate",
                    relay.userToken("carol"),
                    "{\"note\":\"viral\"}")
                .status())
        .as("billing may not escalate a support mention")
        .isEqualTo(403);
    ok(
        relay.post(
            "/api/mentions/" + id + "/escalate",
            alice,
            "{\"note\":\"Going viral, looks like a leak.\"}"));

    JsonNode item =
        awaitInList("/api/inbox", relay.userToken("paul"), i -> i.get("mentionId").asLong() == id);
    assertThat(item.get("department").asText()).isEqualTo("pr");
    assertThat(item.get("priority").asText()).isEqualTo("high");
    assertThat(item.get("hotIssue").asBoolean()).isTrue();
  }

  @Test
  void shouldLetOnlyTheOwnerOrTheLeadUnclaimAndOnlyTheLeadReassign() {
    String alice = relay.userToken("alice");
    String dan = relay.userToken("dan");
    String sofia = relay.userToken("sofia");
    long id = deliverAndAwait("Can I change my username?", "webhook", alice);
    ok(relay.post("/api/mentions/" + id + "/claim", alice, ""));

    assertThat(relay.post("/api/mentions/" + id + "/unclaim", dan, "").status()).isEqualTo(403);
    assertThat(
            relay.post("/api/mentions/" + id + "/reassign", dan, "{\"username\":\"dan\"}").status())
        .isEqualTo(403);
    assertThat(
            relay
                .post("/api/mentions/" + id + "/reassign", sofia, "{\"username\":\"bob\"}")
                .status())
        .as("bob is not in support")
        .isEqualTo(400);
    ok(relay.post("/api/mentions/" + id + "/reassign", sofia, "{\"username\":\"dan\"}"));
    assertThat(detail(id, dan).get("replyTask").get("assignee").asText()).isEqualTo("dan");
    assertThat(submit(id, alice, DISCLOSED + "Yes.").status())
        .as("alice no longer owns it")
        .isEqualTo(409);

    ok(relay.post("/api/mentions/" + id + "/unclaim", dan, ""));
    assertThat(detail(id, dan).get("replyTask").has("assignee")).isFalse();
  }

  @Test
  void shouldShowTheAuthorsEarlierMentionsAsTheConversationSoFar() {
    String author = "@regular_" + UUID.randomUUID().toString().substring(0, 6);
    String alice = relay.userToken("alice");
    long first =
        deliverAndAwait(author, "First question: how do I add a teammate?", "mastodon", alice);
    long second = deliverAndAwait(author, "Second: and how do I remove one?", "mastodon", alice);

    JsonNode conversation = detail(second, alice).get("conversation");

    assertThat(conversation).hasSize(1);
    assertThat(conversation.get(0).get("id").asLong()).isEqualTo(first);
  }

  private long deliverAndAwait(String text, String channel, String departmentToken) {
    return deliverAndAwait("@customer", text, channel, departmentToken);
  }

  private long deliverAndAwait(String author, String text, String channel, String departmentToken) {
    String body =
        """
        {"channel":"%s","externalId":"flow-%s","author":"%s","text":"%s",
         "url":"https://social.example/p/1","postedAt":"%s"}"""
            .formatted(channel, UUID.randomUUID(), author, text, Instant.now());
    Response delivered = relay.post("/api/mentions", relay.ingestToken(), body);
    assertThat(delivered.status()).as(delivered.body()).isEqualTo(201);
    long id = delivered.json().get("id").asLong();
    awaitInList("/api/inbox", departmentToken, item -> item.get("mentionId").asLong() == id);
    return id;
  }

  private Response submit(long id, String token, String text) {
    return relay.post("/api/mentions/" + id + "/drafts", token, json("text", text));
  }

  private Response transfer(long id, String token, String department, String note) {
    return relay.post(
        "/api/mentions/" + id + "/transfer",
        token,
        "{\"department\":\"" + department + "\",\"note\":\"" + note + "\"}");
  }

  private static String review(String outcome, String comment) {
    return comment == null
        ? "{\"outcome\":\"" + outcome + "\"}"
        : "{\"outcome\":\"" + outcome + "\",\"comment\":\"" + comment + "\"}";
  }

  private static String json(String field, String value) {
    return "{\"" + field + "\":\"" + value.replace("\"", "\\\"") + "\"}";
  }

  private JsonNode detail(long id, String token) {
    Response detail = relay.get("/api/mentions/" + id, token);
    assertThat(detail.status()).as(detail.body()).isEqualTo(200);
    return detail.json();
  }

  private static List<String> actions(JsonNode detail) {
    List<String> actions = new ArrayList<>();
    detail.get("timeline").forEach(entry -> actions.add(entry.get("action").asText()));
    return actions;
  }

  private List<Long> ids(String path, String token) {
    List<Long> ids = new ArrayList<>();
    relay.get(path, token).json().forEach(item -> ids.add(item.get("mentionId").asLong()));
    return ids;
  }

  private void awaitInReviewQueue(String token, long id, String kind) {
    awaitInList(
        "/api/reviews",
        token,
        item ->
            item.get("mention").get("id").asLong() == id
                && item.get("task").get("kind").asText().equals(kind));
  }

  private static void ok(Response response) {
    assertThat(response.status()).as(response.body()).isBetween(200, 299);
  }

  /** The process moves on in jobs; poll (bounded) until the mention reaches the state. */
  private JsonNode awaitState(long id, String token, String state) {
    return Await.until(
        "Mention " + id + " reaching " + state,
        () ->
            Optional.of(detail(id, token))
                .filter(detail -> detail.get("mention").get("state").asText().equals(state)));
  }

  private JsonNode awaitInList(String path, String token, Predicate<JsonNode> wanted) {
    return Await.until(
        "The wanted item showing in " + path,
        () -> {
          Response list = relay.get(path, token);
          assertThat(list.status()).as(list.body()).isEqualTo(200);
          return StreamSupport.stream(list.json().spliterator(), false).filter(wanted).findFirst();
        });
  }
}
