package org.relay.listening;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises what a mention is about from keywords and phrases per topic (whole words,
 * case-insensitive). Topics are tried in the order given; the first with a match wins. Immutable:
 * {@link ListeningRules} builds a new one when an administrator changes the topics.
 */
public final class TopicClassifier {

  private final Map<String, Pattern> topics;

  public TopicClassifier(Map<String, List<String>> keywordsByTopic) {
    topics = new LinkedHashMap<>();
    keywordsByTopic.forEach(
        (topic, keywords) -> {
          if (!keywords.isEmpty()) {
            topics.put(topic, wholeWordsOf(keywords));
          }
        });
  }

  public Optional<String> classify(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String normalised = text.toLowerCase(Locale.ROOT);
    return topics.entrySet().stream()
        .filter(topic -> topic.getValue().matcher(normalised).find())
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** Whether any of the given words or phrases occurs in the text as whole words. */
  public static boolean containsAny(Pattern wholeWords, String text) {
    return text != null && wholeWords.matcher(text.toLowerCase(Locale.ROOT)).find();
  }

  /** One pattern matching any of the words or phrases as whole words, ignoring case. */
  public static Pattern wholeWordsOf(List<String> keywords) {
    if (keywords.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    String alternatives =
        String.join(
            "|", keywords.stream().map(k -> Pattern.quote(k.toLowerCase(Locale.ROOT))).toList());
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
  }

  /** Splits an administrator's comma-separated list, dropping blanks. */
  public static List<String> splitList(String list) {
    if (list == null) {
      return List.of();
    }
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
