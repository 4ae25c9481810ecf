package org.relay.listening.classify;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Flags a mention as urgent when it contains one of the configured urgency words or phrases, as
 * whole words and ignoring case: "down" matches "site is DOWN!" but not "download". The words of a
 * phrase may be separated by any whitespace.
 */
@ApplicationScoped
public class UrgencyDetector {

  /**
   * Words that, in a customer's post, usually mean someone must act within the hour: something is
   * broken, money or security is at stake, or legal action is threatened. "down" also matches "calm
   * down"; a missed outage costs more than a second look. "immediately" is left out: customers
   * write it as often in thanks ("replied immediately") as in demands.
   */
  public static final List<String> DEFAULT_WORDS =
      List.of(
          "urgent",
          "urgently",
          "asap",
          "emergency",
          "down",
          "outage",
          "not working",
          "hacked",
          "fraud",
          "lawsuit",
          "lawyer",
          "legal action",
          "refund now");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern NOTHING = Pattern.compile("(?!)");

  private final Pattern urgent;

  public UrgencyDetector() {
    this(DEFAULT_WORDS);
  }

  /** A detector for these words and phrases; blank entries are ignored. */
  public UrgencyDetector(Collection<String> words) {
    Objects.requireNonNull(words, "words");
    String alternatives =
        words.stream()
            .filter(Objects::nonNull)
            .map(String::strip)
            .filter(word -> !word.isEmpty())
            .map(UrgencyDetector::phrasePattern)
            .collect(Collectors.joining("|"));
    urgent =
        alternatives.isEmpty()
            ? NOTHING
            : Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  public boolean isUrgent(String text) {
    return text != null && urgent.matcher(text).find();
  }

  private static String phrasePattern(String phrase) {
    return WHITESPACE
        .splitAsStream(phrase.toLowerCase(Locale.ROOT))
        .map(Pattern::quote)
        .collect(Collectors.joining("\\s+"));
  }
}
