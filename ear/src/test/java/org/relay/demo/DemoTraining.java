package org.relay.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relay.testing.RelayClient;
import org.relay.testing.RelayClient.Response;

/**
 * The demo's training, through the API as HR (omar): three modules in force, and completions
 * recorded for every demo employee except {@link #UNTRAINED}, so that the seeded mentions can be
 * claimed while tom shows the gate. One completion (dan's confidentiality) expires within weeks, so
 * HR's expiring list and re-certification have something to show; and grace's "Speaking for the
 * company" was recorded as a workshop a year ago that expires {@link #GRACE_EXPIRES_IN} after the
 * first start: a new user watches re-certification being assigned, the reminders, and grace being
 * gated once it expires. Modules that exist already (by title) and people with a current completion
 * are left alone, so a restart adds nothing twice.
 */
final class DemoTraining {

  /** The demo employee nobody trained: the gate refuses his claims until he takes his modules. */
  static final String UNTRAINED = "tom";

  static final String HR = "omar";

  /** The other HR colleague: records HR's own completions (nobody certifies themselves). */
  static final String HR_COLLEAGUE = "hana";

  static final String SPEAKING = "Speaking for the company";
  static final String CONFIDENTIALITY = "Confidentiality and privacy";
  static final String LEADS = "Escalation and crises for leads";
  static final Duration GRACE_EXPIRES_IN = Duration.ofMinutes(10);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RelayClient relay;
  private String hrToken;
  private String colleagueToken;

  DemoTraining(RelayClient relay) {
    this.relay = relay;
  }

  /** Seeds what is missing; returns a line for the banner. */
  String seed() {
    hrToken = relay.userToken(HR);
    colleagueToken = relay.userToken(HR_COLLEAGUE);
    Map<String, Long> byTitle = existing();
    List<String> created = new ArrayList<>();
    for (ObjectNode module : List.of(speaking(), confidentiality(), leads())) {
      String title = module.get("title").asText();
      if (!byTitle.containsKey(title)) {
        long id =
            ok(relay.post("/api/training/modules", hrToken, module.toString()))
                .json()
                .get("module")
                .get("id")
                .asLong();
        ok(relay.post("/api/training/modules/" + id + "/publish", hrToken, ""));
        byTitle.put(title, id);
        created.add(title);
      }
    }
    int recorded = recordCompletions(byTitle);
    return "Training: "
        + (created.isEmpty() ? "modules there already" : created.size() + " modules published")
        + ", "
        + recorded
        + " completions recorded now.\n   "
        + UNTRAINED
        + " (support) is untrained: the gate refuses his claims until he passes \""
        + SPEAKING
        + "\"\n   and \""
        + CONFIDENTIALITY
        + "\" (Training). grace's \""
        + SPEAKING
        + "\" expires "
        + GRACE_EXPIRES_IN.toMinutes()
        + " minutes after the first\n   start: watch her re-certification under HR > Training"
        + " compliance.";
  }

  private Map<String, Long> existing() {
    Map<String, Long> byTitle = new HashMap<>();
    for (JsonNode module : ok(relay.get("/api/training/modules?all=true", hrToken)).json()) {
      if (!module.get("retired").asBoolean()) {
        byTitle.put(module.get("title").asText(), module.get("id").asLong());
      }
    }
    return byTitle;
  }

  /** Completions for everyone a module applies to who lacks it, except tom. */
  private int recordCompletions(Map<String, Long> byTitle) {
    int recorded = 0;
    JsonNode report = ok(relay.get("/api/training/compliance", hrToken)).json();
    int index = 0;
    for (JsonNode row : report.get("people")) {
      String username = row.get("username").asText();
      String status = row.get("status").asText();
      if (username.equals(UNTRAINED) || !status.equals("MISSING")) {
        continue;
      }
      long module = row.get("moduleId").asLong();
      String completedOn = completedOn(username, module, byTitle, index++);
      ok(
          relay.post(
              "/api/training/completions",
              username.equals(HR) ? colleagueToken : hrToken,
              JSON.createObjectNode()
                  .put("moduleId", module)
                  .put("username", username)
                  .put("completedOn", completedOn)
                  .put("note", note(module, byTitle))
                  .toString()));
      recorded++;
    }
    return recorded;
  }

  /**
   * When the training was done: spread over the last ten months; dan's confidentiality eleven and a
   * half months ago (it expires soon); grace's speaking a year ago less ten minutes.
   */
  private static String completedOn(
      String username, long module, Map<String, Long> byTitle, int index) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    if (username.equals("grace") && module == byTitle.get(SPEAKING)) {
      return Instant.now()
          .atZone(ZoneOffset.UTC)
          .minusMonths(12)
          .toInstant()
          .plus(GRACE_EXPIRES_IN)
          .toString();
    }
    if (username.equals("dan") && module == byTitle.get(CONFIDENTIALITY)) {
      return today.minusMonths(12).plusDays(12).toString();
    }
    return today.minusDays(20 + (index * 37L) % 280).toString();
  }

  private static String note(long module, Map<String, Long> byTitle) {
    if (module == byTitle.get(LEADS)) {
      return "Leadership offsite: crisis simulation with PR";
    }
    return "Onboarding workshop with HR (classroom, signed attendance list)";
  }

  private static ObjectNode speaking() {
    return module(
        SPEAKING,
        "How and why employees answer the public: disclosure, your own voice, what to leave to"
            + " others.",
        """
        ## Why you answer

        People talk about us in public every day. An answer from the person whose job it concerns \
        is faster and more credible than one from a press office. Relay routes each mention to \
        your department so that you can give it.

        ## Say who you are

        Every reply says that you work here, in the first lines: *"I work on the support team at \
        Relay"*, or the hashtag **#relayemployee**. An undisclosed employee looks like a fake \
        customer, and that is worse than no reply.

        ## Your own voice

        - Write as yourself, politely, in the language of the post.
        - Be helpful: the next step, a link to the answer, an offer to take it to a private channel.
        - Never argue, never mock, never answer an insult.

        ## Leave to others

        | Situation | What to do |
        |---|---|
        | A journalist asks for a comment | Escalate: PR answers |
        | Legal threats, lawsuits | Transfer to legal |
        | A promise of money or a date | Relay asks PR to review it |

        When in doubt, escalate: it is never wrong to ask.
        """,
        null,
        67,
        new String[] {"employee"},
        new String[] {},
        new String[] {"disclosure", "authenticity", "tone", "links", "channel"},
        question(
            "What must every reply you publish say?",
            false,
            option("Nothing about me: the answer speaks for itself", false),
            option("That I work for the company", true),
            option("My employee number", false)),
        question(
            "A journalist asks for a comment under a post. What do you do?",
            false,
            option("Answer quickly before someone else does", false),
            option("Escalate it: PR answers journalists", true),
            option("Ignore it", false)),
        question(
            "Which of these belong in a good reply? (choose all that apply)",
            true,
            option("The next step the customer can take", true),
            option("A joke about the customer's mistake", false),
            option("An offer to continue in a private channel", true)));
  }

  private static ObjectNode confidentiality() {
    return module(
        CONFIDENTIALITY,
        "What must never be public: unreleased products, internal projects, customers' data.",
        """
        ## Confidential by default

        Unreleased products, internal project names (such as **Project Falcon**), prices not yet \
        announced and anything said about a customer under NDA stay inside. Relay flags such terms \
        and sends the draft to legal, but the first check is yours.

        ## Customers' personal data

        Never ask for, repeat or confirm personal data in public: no e-mail addresses, order \
        numbers, invoices or account details. Offer a private channel instead.

        ## If something slipped out

        Tell legal at once; do not delete silently. Deleting a post can make a story of it.
        """,
        null,
        100,
        new String[] {},
        new String[] {"billing", "support", "legal", "product-engineering"},
        new String[] {"confidentiality", "personal-data"},
        question(
            "A customer posts their invoice number and asks why it is wrong. You:",
            false,
            option("Confirm the amount in your reply so they see you checked", false),
            option(
                "Offer to look into it in a private channel, without repeating the number", true)),
        question(
            "Which of these may not appear in a public reply? (choose all that apply)",
            true,
            option("The name of an internal project", true),
            option("A link to the public status page", false),
            option("A customer's e-mail address", true)));
  }

  private static ObjectNode leads() {
    return module(
        LEADS,
        "For department leads: following up overdue mentions, the lead's queue, and crises with"
            + " PR.",
        """
        ## Your part as a lead

        Relay tells you when a mention of your department runs past its SLA, and moves it to your \
        queue at twice the SLA. Reassign it, or answer it yourself.

        ## Crises

        PR owns crises. When a crisis banner shows, mentions of its topic go to PR; help them with \
        the facts, and do not answer those mentions yourself.

        The full playbook is on the intranet (linked below); reading it completes this module.
        """,
        "https://example.org/relay/crisis-playbook",
        null,
        new String[] {"department-lead"},
        new String[] {},
        new String[] {"tone"});
  }

  private static ObjectNode module(
      String title,
      String summary,
      String content,
      String externalUrl,
      Integer passMark,
      String[] roles,
      String[] departments,
      String[] rules,
      ObjectNode... questions) {
    ObjectNode module =
        JSON.createObjectNode()
            .put("title", title)
            .put("summary", summary)
            .put("content", content)
            .put("validityMonths", 12)
            .put("dueDays", 14)
            .put("requiresRecertification", false);
    if (externalUrl != null) {
      module.put("externalUrl", externalUrl);
    }
    if (passMark != null) {
      module.put("passMark", passMark);
    }
    ArrayNode roleList = module.putArray("requiredRoles");
    for (String role : roles) {
      roleList.add(role);
    }
    ArrayNode departmentList = module.putArray("requiredDepartments");
    for (String department : departments) {
      departmentList.add(department);
    }
    ArrayNode ruleList = module.putArray("coveredRules");
    for (String rule : rules) {
      ruleList.add(rule);
    }
    ArrayNode questionList = module.putArray("questions");
    for (ObjectNode question : questions) {
      questionList.add(question);
    }
    return module;
  }

  private static ObjectNode question(String text, boolean multiple, ObjectNode... options) {
    ObjectNode question = JSON.createObjectNode().put("text", text).put("multiple", multiple);
    ArrayNode list = question.putArray("options");
    for (ObjectNode option : options) {
      list.add(option);
    }
    return question;
  }

  private static ObjectNode option(String text, boolean correct) {
    return JSON.createObjectNode().put("text", text).put("correct", correct);
  }

  private static Response ok(Response response) {
    if (response.status() / 100 != 2) {
      throw new IllegalStateException(
          "Demo training: " + response.status() + " " + response.body());
    }
    return response;
  }
}
