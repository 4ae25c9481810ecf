package org.relay.guidelines;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Checks a draft reply against Relay's guidelines. The same checks run live in the draft editor and
 * on the server when a draft is submitted; the server's verdict is the one that counts.
 */
@ApplicationScoped
public class GuidelineChecker {

  static final String DISCLOSURE = "disclosure";
  static final String CONFIDENTIALITY = "confidentiality";
  static final String REPUTATION = "reputation";

  private final List<String> disclosurePhrases;
  private final List<String> confidentialTerms;
  private final List<String> reputationPhrases;
  private final String policyUrl;

  public GuidelineChecker() {
    this(load());
  }

  GuidelineChecker(Properties settings) {
    disclosurePhrases = list(settings, "disclosure.phrases");
    confidentialTerms = list(settings, "confidential.terms");
    reputationPhrases = list(settings, "reputation.phrases");
    policyUrl = settings.getProperty("policy.url", "");
  }

  public List<Finding> check(String draft) {
    String text = normalise(draft == null ? "" : draft);
    List<Finding> findings = new ArrayList<>();
    if (disclosurePhrases.stream().noneMatch(phrase -> text.contains(normalise(phrase)))) {
      findings.add(
          new Finding(
              DISCLOSURE,
              Severity.BLOCK,
              "The reply does not say that you work for the company.",
              "Readers must know who is speaking: an undisclosed employee looks like a fake"
                  + " customer, and that is worse than no reply.",
              "Add a line such as \"I work at Relay on the support team\" or the hashtag"
                  + " #relayemployee.",
              policyUrl + "#transparency",
              null));
    }
    firstContained(text, confidentialTerms)
        .ifPresent(
            term ->
                findings.add(
                    new Finding(
                        CONFIDENTIALITY,
                        Severity.NEEDS_REVIEW,
                        "The reply mentions \"" + term + "\", which is confidential.",
                        "Unreleased products, internal projects and customers under NDA must not be"
                            + " made public by accident.",
                        "Remove the reference, or keep it and legal will review the reply before"
                            + " it is published.",
                        policyUrl + "#confidentiality",
                        "legal")));
    firstContained(text, reputationPhrases)
        .ifPresent(
            phrase ->
                findings.add(
                    new Finding(
                        REPUTATION,
                        Severity.NEEDS_REVIEW,
                        "The reply says \"" + phrase + "\": a promise or admission in public.",
                        "Promises of refunds and admissions of fault bind the company and are quoted"
                            + " back; PR makes sure they are meant.",
                        "Describe the next step instead (\"I've asked our billing team to look into"
                            + " it\"), or keep it and PR will review the reply.",
                        policyUrl + "#tone",
                        "pr")));
    return List.copyOf(findings);
  }

  private static Optional<String> firstContained(String text, List<String> terms) {
    return terms.stream().filter(term -> containsWord(text, normalise(term))).findFirst();
  }

  /** Whole words or phrases, so "Falcon" does not match "falconry". */
  private static boolean containsWord(String text, String term) {
    int from = 0;
    while (true) {
      int at = text.indexOf(term, from);
      if (at < 0) {
        return false;
      }
      int end = at + term.length();
      boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startsWord && endsWord) {
        return true;
      }
      from = at + 1;
    }
  }

  /**
   * Lower case, compatibility forms and typographic apostrophes folded, invisible format characters
   * (zero-width spaces and joiners) removed, runs of white space collapsed.
   */
  static String normalise(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFKC)
            .replaceAll("\\p{Cf}", "")
            .replace('\u2019', '\'')
            .replace('\u2018', '\'')
            .toLowerCase(Locale.ROOT);
    return folded.replaceAll("\\s+", " ");
  }

  private static List<String> list(Properties settings, String key) {
    return Arrays.stream(settings.getProperty(key, "").split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static Properties load() {
    Properties settings = new Properties();
    try (InputStream in =
        GuidelineChecker.class.getResourceAsStream("/org/relay/guidelines/guidelines.properties")) {
      if (in == null) {
        throw new IllegalStateException("guidelines.properties is missing");
      }
      settings.load(in);
      return settings;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
