package org.relay.guidelines.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relay.guidelines.Finding;
import org.relay.guidelines.Severity;

/**
 * Personal data never goes into a public reply: e-mail addresses (also written "name (at) example
 * (dot) com"), phone numbers of any region (see {@link PhoneNumbers}), and order, account or card
 * numbers by configurable patterns. Blocks, with the fix "ask them to send it privately".
 */
public final class PersonalDataRule implements GuidelineRule {

  public static final String ID = "personal-data";

  public static final RuleType TYPE =
      new RuleType(
          ID,
          "Personal data",
          "No e-mail address, phone number or account number in a public reply.",
          PolicyLinks.PRIVACY,
          List.of(
              new Parameter(
                  "accountPatterns",
                  Parameter.Kind.PATTERNS,
                  "Order, account and card numbers",
                  "Regular expressions; matched case-insensitively"),
              new Parameter(
                  "phoneRegions",
                  Parameter.Kind.REGIONS,
                  "Regions whose national phone numbers are looked for",
                  "ALL, or two-letter codes; international numbers (+…) are always found")),
          Map.of(
              "accountPatterns",
              List.of(
                  "\\b(?:order|account|acct|customer|member|invoice|ticket|case|contract)\\s*"
                      + "(?:no\\.?|nr\\.?|number|num|#|id)?\\s*[:#]?\\s*[a-z]{0,4}-?\\d[\\w-]{4,}",
                  "\\b[a-z]{2}\\d{2}(?:[ ]?[a-z0-9]{4}){3,7}(?:[ ]?[a-z0-9]{1,3})?\\b",
                  "\\b(?:\\d{4}[ -]?){3}\\d{1,4}\\b"),
              "phoneRegions",
              List.of("ALL")),
          PersonalDataRule::new);

  /** Not the user info of a web address (https://name@host): that is a link, the link rule's. */
  private static final Pattern EMAIL =
      Pattern.compile(
          "(?<![@\\w.+-])(?<!://)(?<!://[^\\s/@:]{1,64}:)"
              + "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");

  private static final Pattern SPELLED_EMAIL =
      Pattern.compile(
          "[\\p{L}\\p{N}._%+-]+\\s*[\\[({]\\s*at\\s*[\\])}]\\s*[\\p{L}\\p{N}-]+"
              + "(?:\\s*(?:[\\[({]\\s*dot\\s*[\\])}]|\\.)\\s*[\\p{L}\\p{N}-]+)+",
          Pattern.CASE_INSENSITIVE);

  private final List<BoundedPattern> accounts;
  private final PhoneNumbers phones;

  PersonalDataRule(RuleParameters parameters) {
    accounts = parameters.patterns("accountPatterns");
    phones = new PhoneNumbers(parameters.list("phoneRegions"));
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(DraftUnderCheck draft) {
    String text =
        java.text.Normalizer.normalize(draft.text(), java.text.Normalizer.Form.NFKC)
            .replaceAll("\\p{Cf}", "");
    Set<String> kinds = new LinkedHashSet<>();
    List<int[]> taken = new ArrayList<>();
    collect(EMAIL, text, taken, kinds, "an e-mail address");
    collect(SPELLED_EMAIL, text, taken, kinds, "an e-mail address");
    boolean unanswered = false;
    for (BoundedPattern account : accounts) {
      try {
        for (MatchResult found : account.findAll(text)) {
          take(found.start(), found.end(), taken, kinds, "an order, account or card number");
        }
      } catch (BoundedPattern.TooComplex e) {
        unanswered = true;
      }
    }
    for (PhoneNumbers.Found phone : phones.in(text)) {
      if (!PhoneNumbers.overlaps(phone, taken)) {
        kinds.add("a phone number (" + phone.raw() + ")");
      }
    }
    List<Finding> findings =
        new ArrayList<>(kinds.stream().map(PersonalDataRule::finding).toList());
    if (unanswered && findings.isEmpty()) {
      // A pattern too slow to answer must not let an account number through unseen, nor block
      // the author for the administrator's pattern: legal looks at the reply.
      findings.add(
          new Finding(
              ID,
              Severity.NEEDS_REVIEW,
              "The reply could not be checked against every account-number pattern in time, so"
                  + " legal looks at it.",
              "A public reply stays public: personal data in it can be copied, searched and"
                  + " misused.",
              "Leave out any order, account or card number; legal reviews the reply otherwise.",
              PolicyLinks.to(PolicyLinks.PRIVACY),
              "legal",
              null));
    }
    return List.copyOf(findings);
  }

  private static void collect(
      Pattern pattern, String text, List<int[]> taken, Set<String> kinds, String kind) {
    Matcher found = pattern.matcher(text);
    while (found.find()) {
      take(found.start(), found.end(), taken, kinds, kind);
    }
  }

  private static void take(int start, int end, List<int[]> taken, Set<String> kinds, String kind) {
    if (taken.stream().noneMatch(s -> s[0] < end && start < s[1])) {
      taken.add(new int[] {start, end});
      kinds.add(kind);
    }
  }

  private static Finding finding(String what) {
    return new Finding(
        ID,
        Severity.BLOCK,
        "The reply contains " + what + ".",
        "A public reply stays public: personal data in it can be copied, searched and misused,"
            + " and the customer never agreed to publish it.",
        "Ask them to send it privately (a direct message or the support form), and leave it out"
            + " of the reply.",
        PolicyLinks.to(PolicyLinks.PRIVACY),
        null,
        null);
  }
}
