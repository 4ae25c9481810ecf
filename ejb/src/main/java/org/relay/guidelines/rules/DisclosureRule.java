package org.relay.guidelines.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.relay.guidelines.Finding;
import org.relay.guidelines.Severity;

/**
 * The reply makes clear that its author works for the company, by name: a disclosure phrase that
 * names the company ("I work at Relay", "I'm with the Relay support team"; a bare "I work for" says
 * nothing about for whom), one of the company's disclosure hashtags, or, on channels that show the
 * author's profile, a profile disclosure the author registered that names the company. Missing, it
 * blocks.
 */
public final class DisclosureRule implements GuidelineRule {

  public static final String ID = "disclosure";

  /** Where a phrase names the company. */
  public static final String COMPANY = "{company}";

  public static final RuleType TYPE =
      new RuleType(
          ID,
          "Disclosure",
          "Every reply says that its author works for the company, and names it.",
          PolicyLinks.TRANSPARENCY,
          List.of(
              new Parameter(
                  "company",
                  Parameter.Kind.TERMS,
                  "Company names",
                  "The names the company goes by, e.g. Relay, Relay GmbH; a disclosure names one"),
              new Parameter(
                  "phrases",
                  Parameter.Kind.COMPANY_PHRASES,
                  "Disclosure phrases",
                  "Each with {company} where the name goes, e.g. I work at {company}; up to three"
                      + " words may come between (I work at the Relay support desk)"),
              new Parameter(
                  "hashtags",
                  Parameter.Kind.TERMS,
                  "Disclosure hashtags",
                  "Hashtags that name the company on their own, e.g. #relayemployee"),
              new Parameter(
                  "profileChannelTypes",
                  Parameter.Kind.CHANNEL_TYPES,
                  "Channels that show the author's profile",
                  "On these, a profile disclosure the author registered counts if it names the"
                      + " company")),
          Map.of(
              "company",
              List.of("Relay"),
              "phrases",
              List.of(
                  "I work at {company}",
                  "I work for {company}",
                  "I'm with {company}",
                  "I am with {company}",
                  "I'm from {company}",
                  "here from {company}",
                  "on the team at {company}",
                  "speaking for {company}",
                  "on behalf of {company}",
                  "{company} employee",
                  "{company} team",
                  "{company} staff"),
              "hashtags",
              List.of("#relayemployee"),
              "profileChannelTypes",
              List.of()),
          DisclosureRule::new);

  private static final String SEPARATOR = "[\\s,:;–—-]+";
  private static final String WORD = "[\\p{L}\\p{N}'@$-]+";

  /** Up to three words between a phrase and the name: "I work at the Relay support desk". */
  private static final String BETWEEN = "(?:" + SEPARATOR + WORD + "){0,3}?" + SEPARATOR;

  private final List<Pattern> phrases;
  private final TermList names;
  private final TermList hashtags;
  private final List<String> profileChannelTypes;
  private final String example;

  DisclosureRule(RuleParameters parameters) {
    List<String> companies = parameters.list("company");
    names = new TermList(companies);
    hashtags = new TermList(parameters.list("hashtags"));
    String company =
        companies.stream()
            .map(Normalizer::forTerms)
            .filter(name -> !name.isEmpty())
            .map(Pattern::quote)
            .collect(Collectors.joining("|", "(?:", ")"));
    phrases =
        companies.isEmpty()
            ? List.of()
            : parameters.list("phrases").stream().map(p -> phrase(p, company)).toList();
    profileChannelTypes = parameters.list("profileChannelTypes");
    List<String> examples = new ArrayList<>();
    String name = companies.isEmpty() ? "the company" : companies.get(0);
    parameters.list("phrases").stream()
        .limit(1)
        .forEach(p -> examples.add("\"" + p.replace(COMPANY, name) + " on the support team\""));
    parameters.list("hashtags").stream().limit(1).forEach(examples::add);
    example = String.join(" or ", examples);
  }

  /** The phrase as a pattern on text read by {@link Normalizer#forTerms}, the name in its place. */
  static Pattern phrase(String phrase, String company) {
    int at = phrase.indexOf(COMPANY);
    String before = Normalizer.forTerms(phrase.substring(0, at));
    String after = Normalizer.forTerms(phrase.substring(at + COMPANY.length()));
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
    if (!before.isEmpty()) {
      regex.append(Pattern.quote(before)).append(BETWEEN);
    }
    regex.append(company);
    if (!after.isEmpty()) {
      regex.append("(?:" + SEPARATOR + WORD + "){0,2}?" + SEPARATOR).append(Pattern.quote(after));
    }
    return Pattern.compile(regex.append("(?![\\p{L}\\p{N}])").toString());
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(DraftUnderCheck draft) {
    if (hashtags.firstIn(draft.text()).isPresent()) {
      return List.of();
    }
    String text = Normalizer.forTerms(draft.text());
    if (phrases.stream().anyMatch(p -> p.matcher(text).find())) {
      return List.of();
    }
    String profile = draft.authorProfileDisclosure();
    if (profile != null
        && profileChannelTypes.contains(draft.channelType())
        && names.firstIn(profile).isPresent()) {
      return List.of();
    }
    return List.of(
        new Finding(
            ID,
            Severity.BLOCK,
            "The reply does not say that you work for the company, by its name.",
            "Readers must know who is speaking: an undisclosed employee looks like a fake"
                + " customer, and that is worse than no reply.",
            example.isEmpty()
                ? "Say that you work for the company, and name it."
                : "Add a line such as " + example + ".",
            PolicyLinks.to(PolicyLinks.TRANSPARENCY),
            null,
            null));
  }
}
