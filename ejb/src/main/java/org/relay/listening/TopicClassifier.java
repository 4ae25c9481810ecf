package org.relay.listening;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Recognises what a mention is about from configured keywords and phrases per topic (whole words,
 * case-insensitive). Topics are tried in their configured order; the first with a match wins.
 */
@ApplicationScoped
public class TopicClassifier {

  private static final String CATALOGUE = "/org/relay/listening/topics.properties";

  private final Map<String, Pattern> topics;

  public TopicClassifier() {
    this(loadCatalogue());
  }

  TopicClassifier(Map<String, List<String>> keywordsByTopic) {
    topics = new LinkedHashMap<>();
    keywordsByTopic.forEach((topic, keywords) -> topics.put(topic, wholeWordsOf(keywords)));
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

  private static Pattern wholeWordsOf(List<String> keywords) {
    String alternatives =
        String.join(
            "|", keywords.stream().map(k -> Pattern.quote(k.toLowerCase(Locale.ROOT))).toList());
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
  }

  private static Map<String, List<String>> loadCatalogue() {
    Properties properties = new Properties();
    try (InputStream in = TopicClassifier.class.getResourceAsStream(CATALOGUE)) {
      if (in == null) {
        throw new IllegalStateException("Topic catalogue missing: " + CATALOGUE);
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, List<String>> catalogue = new LinkedHashMap<>();
    for (String topic : split(properties.getProperty("order", ""))) {
      catalogue.put(topic, split(properties.getProperty(topic, "")));
    }
    return catalogue;
  }

  private static List<String> split(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
