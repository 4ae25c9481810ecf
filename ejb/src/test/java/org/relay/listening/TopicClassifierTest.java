package org.relay.listening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicClassifierTest {

  private final TopicClassifier catalogue =
      new TopicClassifier(
          Map.of(
              "billing", TopicClassifier.splitList("invoice, refund, charged, billing, payment")));

  @Test
  void shouldRecogniseABillingQuestionFromAdministratorsKeywords() {
    assertThat(catalogue.classify("I was CHARGED twice, where is my refund?")).contains("billing");
  }

  @Test
  void shouldMatchPhrasesAndWholeWordsOnly() {
    TopicClassifier classifier = classifier(Map.of("outage", List.of("down", "not loading")));

    assertThat(classifier.classify("The site is not loading at all")).contains("outage");
    assertThat(classifier.classify("Is it down?")).contains("outage");
    assertThat(classifier.classify("The download page is great")).isEmpty();
  }

  @Test
  void shouldPreferTheFirstTopicInCatalogueOrder() {
    Map<String, List<String>> topics = new LinkedHashMap<>();
    topics.put("outage", List.of("down"));
    topics.put("complaint", List.of("angry"));
    TopicClassifier classifier = classifier(topics);

    assertThat(classifier.classify("Angry because everything is down")).contains("outage");
  }

  @Test
  void shouldHandleUnicodeAndEmojiAroundKeywords() {
    TopicClassifier classifier = classifier(Map.of("billing", List.of("rechnung")));

    assertThat(classifier.classify("Meine RECHNUNG 🙄 stimmt nicht")).contains("billing");
    assertThat(classifier.classify("Rechnungsadresse ändern")).isEmpty();
  }

  @Test
  void shouldLeaveEmptyTextUnclassified() {
    assertThat(catalogue.classify("   ")).isEmpty();
    assertThat(catalogue.classify(null)).isEmpty();
  }

  private static TopicClassifier classifier(Map<String, List<String>> topics) {
    return new TopicClassifier(topics);
  }
}
