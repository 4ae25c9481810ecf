package org.relay.demo;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.relay.testing.RelayClient;
import org.relay.testing.RelayClient.Response;

/**
 * Fills the demo with life: delivers the demo mentions ({@code /demo/mentions.json}) as the channel
 * client, then acts on them through the API as the demo users, so that the demo shows every stage
 * of an engagement, from unclaimed to published. Only mentions this run created (201) are acted on:
 * the data survives restarts, and a re-delivered mention (200) has had its turn. Last, it has the
 * administrator configure the channels that listen to the {@link DemoSources}, once: a channel that
 * exists (409) is left as it is, also when someone changed it.
 */
final class DemoSeeder {

  /** How long a step waits for the process, which classifies, routes and publishes in jobs. */
  private static final Duration AWAIT_LIMIT = Duration.ofSeconds(60);

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The demo's administrator, who configures channels. */
  private static final String ADMIN = "ada";

  /** The channel listening to the demo's forum feed. */
  static final String FORUM = "forum";

  /** The channel listening to the company's account on the demo's Mastodon instance. */
  static final String MASTODON = "mastodon-demo";

  private static final int POLL_SECONDS = 30;

  private final RelayClient relay;
  private final DemoSources sources;
  private final Map<String, String> tokens = new HashMap<>();

  DemoSeeder(RelayClient relay, DemoSources sources) {
    this.relay = relay;
    this.sources = sources;
  }

  /** Where a demo mention's engagement stands once it is seeded. */
  enum Stage {
    NEW,
    CLAIMED,
    LEGAL_REVIEW,
    PR_REVIEW,
    CHANGES_REQUESTED,
    RESPONDED,
    CLOSED,
    REJECTED,
    TRANSFERRED,
    ESCALATED;

    @JsonCreator
    static Stage of(String name) {
      return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** A mention as the channel delivers it, and what the demo users do with it (if anything). */
  record DemoMention(
      String channel,
      String externalId,
      String author,
      String text,
      String url,
      long minutesAgo,
      Engagement engagement) {

    Stage stage() {
      return engagement == null ? Stage.NEW : engagement.stage();
    }
  }

  /**
   * The employee's part: claim (and draft a reply, which a reviewer may then decide), or close with
   * a reason, transfer to a department with a note, or escalate with a note.
   */
  record Engagement(
      Stage stage,
      String employee,
      String reply,
      Review review,
      String reason,
      String department,
      String note) {}

  /** A legal or PR reviewer's decision on the reply: approve, changes or reject. */
  record Review(String kind, String reviewer, String outcome, String comment) {}

  /**
   * What one run seeded: the mentions it created, by stage, those that fell short, the codes of the
   * listening channels it configured now (empty when they were there already), and a line on the
   * training it seeded.
   */
  record Result(
      int delivered,
      Map<Stage, Integer> seeded,
      List<String> failed,
      List<String> channelsConfigured,
      String training,
      Duration took) {

    String summary() {
      if (seeded.isEmpty() && failed.isEmpty()) {
        return "Demo mentions: all " + delivered + " were there already; nothing seeded.";
      }
      String stages =
          seeded.entrySet().stream()
              .map(stage -> stage.getValue() + " " + stage.getKey())
              .collect(Collectors.joining(", "));
      return "Demo mentions seeded now ("
          + took.toSeconds()
          + " s): "
          + stages
          + (failed.isEmpty() ? "" : "; short of their stage: " + String.join(", ", failed))
          + ".";
    }
  }

  Result seed() throws IOException {
    Instant started = Instant.now();
    // Training first: the demo employees hold current completions before they claim mentions.
    String training = new DemoTraining(relay).seed();
    configureGuidelines();
    List<DemoMention> mentions = load();
    Map<Long, DemoMention> created = deliver(mentions);
    Map<Stage, Integer> seeded = new EnumMap<>(Stage.class);
    List<String> failed = new ArrayList<>();
    created.forEach(
        (id, mention) -> {
          try {
            engage(id, mention.engagement());
            seeded.merge(mention.stage(), 1, Integer::sum);
          } catch (IllegalStateException | UncheckedIOException e) {
            // A mention that falls short of its stage must not keep the demo from starting.
            failed.add(mention.externalId());
            System.out.println(
                "Demo mention "
                    + mention.externalId()
                    + " did not reach "
                    + mention.stage()
                    + ": "
                    + e.getMessage());
          }
        });
    List<String> configured = configureListening();
    return new Result(
        mentions.size(),
        seeded,
        failed,
        configured,
        training,
        Duration.between(started, Instant.now()));
  }

  /**
   * The demo company's guideline settings, before any draft is written: its NDA projects and
   * customers, the sites replies may link to, and a few canned messages (once: a library that has
   * messages is left as it is). With them a new user sees every kind of finding while typing.
   */
  private void configureGuidelines() {
    relay.ensureConfidentialTerms(
        "Project Falcon", "Falcon", "Nimbus 2", "roadmap for 2027", "acquisition", "Acme Corp");
    ObjectNode links = JSON.createObjectNode();
    links
        .putObject("parameters")
        .putArray("allowedDomains")
        .add("relay.example")
        .add("status.relay.example");
    ok(relay.put("/api/guidelines/rules/links", tokenOf(ADMIN), links.toString()));
    String pr = tokenOf("grace");
    if (!ok(relay.get("/api/canned-messages", pr)).json().isEmpty()) {
      return;
    }
    for (String[] message : CANNED_MESSAGES) {
      ObjectNode body = JSON.createObjectNode().put("title", message[0]).put("text", message[1]);
      if (message[2] != null) {
        body.put("topic", message[2]);
      }
      ok(relay.post("/api/canned-messages", pr, body.toString()));
    }
  }

  /** Title, text and topic (null: any) of the demo's canned messages. */
  private static final String[][] CANNED_MESSAGES = {
    {
      "We're looking into it",
      "Thanks for reaching out! We're sorry for the trouble. Our team is looking into it and will"
          + " get back to you as soon as possible.",
      null
    },
    {
      "Outage acknowledged",
      "We're aware that some of you can't reach Relay right now. Our engineers are working on it,"
          + " and the status page at https://status.relay.example has every update.",
      "outage"
    },
    {
      "Billing: we'll check your invoice",
      "Sorry about the confusion with your invoice. Please send us the invoice number by direct"
          + " message, and our billing team will check it today.",
      "billing"
    },
    {
      "Thanks for the feedback",
      "Thank you for the feedback! I've passed it on to the team that builds this, and we'll let"
          + " you know when there's news.",
      "product"
    },
  };

  /**
   * The forum's feed and the company's Mastodon account on the demo's fake social web, polled as
   * often as Relay allows, so that a new user sees mentions arrive within a minute.
   */
  private List<String> configureListening() {
    List<String> configured = new ArrayList<>();
    ObjectNode forum =
        JSON.createObjectNode()
            .put("code", FORUM)
            .put("type", "FEED")
            .put("name", "Product forum")
            .put("enabled", true)
            .put("sourceUrl", sources.feedUrl())
            .put("pollSeconds", POLL_SECONDS);
    ObjectNode mastodon =
        JSON.createObjectNode()
            .put("code", MASTODON)
            .put("type", "MASTODON")
            .put("name", "Company on Mastodon")
            .put("enabled", true)
            .put("sourceUrl", sources.baseUrl())
            .put("accessToken", DemoSources.MASTODON_TOKEN)
            .put("watchMentions", true)
            .put("hashtags", "relaydemo")
            .put("pollSeconds", POLL_SECONDS);
    for (ObjectNode channel : List.of(forum, mastodon)) {
      if (addChannel(channel)) {
        configured.add(channel.get("code").asText());
      }
    }
    return configured;
  }

  /** Adds the channel as the administrator: true if it is new, false if it existed (409). */
  private boolean addChannel(ObjectNode settings) {
    Response response = relay.post("/api/channels", tokenOf(ADMIN), settings.toString());
    if (response.status() == 409) {
      return false;
    }
    ok(response);
    return true;
  }

  private static List<DemoMention> load() throws IOException {
    try (InputStream in = DemoSeeder.class.getResourceAsStream("/demo/mentions.json")) {
      return JSON.readValue(in, new TypeReference<List<DemoMention>>() {});
    }
  }

  /** Delivers every mention; the answer says which ones this run created. */
  private Map<Long, DemoMention> deliver(List<DemoMention> mentions) {
    mentions.stream().map(DemoMention::channel).distinct().forEach(relay::ensureWebhookChannel);
    String ingest = relay.ingestToken();
    Map<Long, DemoMention> created = new LinkedHashMap<>();
    for (DemoMention mention : mentions) {
      ObjectNode body =
          JSON.createObjectNode()
              .put("channel", mention.channel())
              .put("externalId", mention.externalId())
              .put("author", mention.author())
              .put("text", mention.text())
              .put("url", mention.url())
              .put(
                  "postedAt",
                  Instant.now().minus(Duration.ofMinutes(mention.minutesAgo())).toString());
      Response response = relay.post("/api/mentions", ingest, body.toString());
      if (response.status() == 201) {
        created.put(response.json().get("id").asLong(), mention);
      } else if (response.status() != 200) {
        throw new IllegalStateException("Demo mention refused: " + response);
      }
    }
    return created;
  }

  private void engage(long id, Engagement engagement) {
    if (engagement == null || engagement.stage() == Stage.NEW) {
      return;
    }
    String employee = tokenOf(engagement.employee());
    String mention = "/api/mentions/" + id;
    // Classification and routing run in a job after the delivery: act once it is offered.
    awaitIn("/api/inbox", employee, item -> item.get("mentionId").asLong() == id);
    switch (engagement.stage()) {
      case CLOSED ->
          ok(relay.post(mention + "/close", employee, json("reason", engagement.reason())));
      case TRANSFERRED ->
          ok(
              relay.post(
                  mention + "/transfer",
                  employee,
                  json("department", engagement.department(), "note", engagement.note())));
      case ESCALATED ->
          ok(relay.post(mention + "/escalate", employee, json("note", engagement.note())));
      default -> {
        ok(relay.post(mention + "/claim", employee, ""));
        if (engagement.reply() != null) {
          ok(relay.post(mention + "/drafts", employee, json("text", engagement.reply())));
        }
        if (engagement.review() != null) {
          decide(id, engagement.review());
        }
      }
    }
  }

  private void decide(long id, Review review) {
    String reviewer = tokenOf(review.reviewer());
    awaitIn(
        "/api/reviews",
        reviewer,
        item ->
            item.get("mention").get("id").asLong() == id
                && item.get("task").get("kind").asText().equals(review.kind()));
    ok(
        relay.post(
            "/api/mentions/" + id + "/reviews/" + review.kind(),
            reviewer,
            json("outcome", review.outcome(), "comment", review.comment())));
  }

  private String tokenOf(String username) {
    return tokens.computeIfAbsent(username, relay::userToken);
  }

  /** Polls the list (bounded) until an item is the wanted one. */
  private void awaitIn(String path, String token, Predicate<JsonNode> wanted) {
    Instant limit = Instant.now().plus(AWAIT_LIMIT);
    while (true) {
      for (JsonNode item : ok(relay.get(path, token)).json()) {
        if (wanted.test(item)) {
          return;
        }
      }
      if (Instant.now().isAfter(limit)) {
        throw new IllegalStateException(
            "not in " + path + " after " + AWAIT_LIMIT.toSeconds() + " s");
      }
      pause();
    }
  }

  private static Response ok(Response response) {
    if (response.status() / 100 != 2) {
      throw new IllegalStateException(response.status() + " " + response.body());
    }
    return response;
  }

  /** A JSON object from field names and values. */
  private static String json(String... namesAndValues) {
    ObjectNode object = JSON.createObjectNode();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      object.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return object.toString();
  }

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
