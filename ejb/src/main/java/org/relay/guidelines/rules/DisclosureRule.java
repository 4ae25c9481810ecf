package org.relay.guidelines.rules;

import java.util.List;
import java.util.Map;
import org.relay.guidelines.Finding;
import org.relay.guidelines.Severity;

/**
 * The reply makes clear that its author works for the company: one of the disclosure phrases or
 * hashtags, or, on channels that show the author's profile, a profile disclosure the author
 * registered. Missing, it blocks.
 */
public final class DisclosureRule implements GuidelineRule {

  public static final String ID = "disclosure";

  public static final RuleType TYPE =
      new RuleType(
          ID,
          "Disclosure",
          "Every reply says that its author works for the company.",
          PolicyLinks.TRANSPARENCY,
          List.of(
              new Parameter(
                  "phrases",
                  Parameter.Kind.TERMS,
                  "Disclosure phrases and hashtags",
                  "One is enough, e.g. I work at, #relayemployee"),
              new Parameter(
                  "profileChannelTypes",
                  Parameter.Kind.CHANNEL_TYPES,
                  "Channels that show the author's profile",
                  "On these, a profile disclosure the author registered counts")),
          Map.of(
              "phrases",
              List.of(
                  "I work at",
                  "I work for",
                  "I'm with",
                  "I am with",
                  "on the team at",
                  "here from",
                  "speaking for",
                  "#relayemployee"),
              "profileChannelTypes",
              List.of()),
          DisclosureRule::new);

  private final TermList phrases;
  private final List<String> profileChannelTypes;
  private final String examples;

  DisclosureRule(RuleParameters parameters) {
    List<String> list = parameters.list("phrases");
    phrases = new TermList(list);
    profileChannelTypes = parameters.list("profileChannelTypes");
    examples =
        list.isEmpty()
            ? ""
            : ", or any of: " + String.join(", ", list.subList(0, Math.min(10, list.size())));
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(DraftUnderCheck draft) {
    if (phrases.firstIn(draft.text()).isPresent()) {
      return List.of();
    }
    if (draft.authorProfileDisclosed() && profileChannelTypes.contains(draft.channelType())) {
      return List.of();
    }
    return List.of(
        new Finding(
            ID,
            Severity.BLOCK,
            "The reply does not say that you work for the company.",
            "Readers must know who is speaking: an undisclosed employee looks like a fake"
                + " customer, and that is worse than no reply.",
            "Add a line such as \"I work at Relay on the support team\"" + examples + ".",
            PolicyLinks.to(PolicyLinks.TRANSPARENCY),
            null,
            null));
  }
}
