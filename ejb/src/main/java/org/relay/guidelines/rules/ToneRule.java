package org.relay.guidelines.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relay.guidelines.Finding;
import org.relay.guidelines.Severity;

/**
 * Tone and promises: hostile words and shouting go to PR, as do promises of refunds and admissions
 * of fault (they bind the company and are quoted back); admissions of legal liability go to legal.
 */
public final class ToneRule implements GuidelineRule {

  public static final String ID = "tone";

  public static final RuleType TYPE =
      new RuleType(
          ID,
          "Tone and promises",
          "Replies stay calm, and promises or admissions are meant.",
          PolicyLinks.TONE,
          List.of(
              new Parameter("hostile", Parameter.Kind.TERMS, "Hostile words", "Sent to PR"),
              new Parameter(
                  "promises",
                  Parameter.Kind.TERMS,
                  "Promises and admissions",
                  "Refunds, guarantees, fault: sent to PR"),
              new Parameter(
                  "legalAdmissions",
                  Parameter.Kind.TERMS,
                  "Admissions of legal liability",
                  "Sent to legal"),
              new Parameter(
                  "shoutingRatio",
                  Parameter.Kind.RATIO,
                  "Shouting: share of capital letters",
                  "0 to 1, over replies with enough letters"),
              new Parameter(
                  "shoutingMinLetters",
                  Parameter.Kind.COUNT,
                  "Shouting: fewest letters",
                  "Shorter replies, and runs of capitals shorter than this, are not shouting")),
          Map.of(
              "hostile",
              List.of(
                  "idiot",
                  "stupid",
                  "moron",
                  "dumb",
                  "shut up",
                  "ridiculous",
                  "pathetic",
                  "nonsense",
                  "your problem",
                  "not our problem",
                  "deal with it",
                  "learn to read"),
              "promises",
              List.of(
                  "we guarantee",
                  "guaranteed",
                  "full refund",
                  "our fault",
                  "we admit",
                  "compensation",
                  "we promise",
                  "I promise"),
              "legalAdmissions",
              List.of(
                  "we are liable",
                  "we're liable",
                  "we accept liability",
                  "our liability",
                  "negligence",
                  "negligent",
                  "breach of contract",
                  "we broke the law",
                  "lawsuit",
                  "settlement"),
              "shoutingRatio",
              0.6,
              "shoutingMinLetters",
              12),
          ToneRule::new);

  private static final Pattern CAPITAL_RUN =
      Pattern.compile("\\b\\p{Lu}{2,}(?:[\\s,.!?'-]+\\p{Lu}{2,}\\b){2,}");
  private static final Pattern EXCLAMATIONS = Pattern.compile("[!！]{3,}");

  private final TermList hostile;
  private final TermList promises;
  private final TermList legalAdmissions;
  private final double shoutingRatio;
  private final int shoutingMinLetters;

  ToneRule(RuleParameters parameters) {
    hostile = new TermList(parameters.list("hostile"));
    promises = new TermList(parameters.list("promises"));
    legalAdmissions = new TermList(parameters.list("legalAdmissions"));
    shoutingRatio = parameters.ratio("shoutingRatio");
    shoutingMinLetters = parameters.count("shoutingMinLetters");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(DraftUnderCheck draft) {
    String text = draft.text();
    List<Finding> findings = new ArrayList<>();
    hostile
        .firstIn(text)
        .ifPresent(
            word ->
                findings.add(
                    pr(
                        "The reply says \"" + word + "\", which sounds hostile.",
                        "However the customer wrote, a hostile reply is the one that gets"
                            + " shared.",
                        "Say what you will do instead; PR reviews the reply if you keep it.")));
    shouting(text)
        .ifPresent(
            what ->
                findings.add(
                    pr(
                        "The reply shouts (" + what + ").",
                        "Capitals and strings of exclamation marks read as anger in public.",
                        "Write in sentence case with one exclamation mark at most; PR reviews"
                            + " the reply if you keep it.")));
    promises
        .firstIn(text)
        .ifPresent(
            phrase ->
                findings.add(
                    pr(
                        "The reply says \"" + phrase + "\": a promise or admission in public.",
                        "Promises of refunds and admissions of fault bind the company and are"
                            + " quoted back; PR makes sure they are meant.",
                        "Describe the next step instead (\"I've asked our billing team to look"
                            + " into it\"), or keep it and PR will review the reply.")));
    legalAdmissions
        .firstIn(text)
        .ifPresent(
            phrase ->
                findings.add(
                    new Finding(
                        ID,
                        Severity.NEEDS_REVIEW,
                        "The reply says \"" + phrase + "\": a statement about legal liability.",
                        "Admitting liability in public can decide a claim before anyone has"
                            + " looked at it.",
                        "Leave liability out and say what you will do; or keep it and legal"
                            + " will review the reply.",
                        PolicyLinks.to(PolicyLinks.TONE),
                        "legal",
                        null)));
    return findings;
  }

  private Optional<String> shouting(String text) {
    if (EXCLAMATIONS.matcher(text).find()) {
      return Optional.of("a string of exclamation marks");
    }
    long letters = text.codePoints().filter(Character::isLetter).count();
    long capitals = text.codePoints().filter(Character::isUpperCase).count();
    if (letters >= shoutingMinLetters && capitals >= shoutingRatio * letters) {
      return Optional.of("mostly capital letters");
    }
    Matcher run = CAPITAL_RUN.matcher(text);
    while (run.find()) {
      if (run.group().codePoints().filter(Character::isLetter).count() >= shoutingMinLetters) {
        return Optional.of("\"" + run.group() + "\"");
      }
    }
    return Optional.empty();
  }

  private static Finding pr(String message, String why, String fix) {
    return new Finding(
        ID, Severity.NEEDS_REVIEW, message, why, fix, PolicyLinks.to(PolicyLinks.TONE), "pr", null);
  }
}
