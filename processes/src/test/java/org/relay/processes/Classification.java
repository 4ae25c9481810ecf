package org.relay.processes;

/**
 * What the mocked classifyMentionDelegate sets on a mention: the variables the delegate's contract
 * names in engagement.bpmn. {@link #about(String)} describes an ordinary mention; the other
 * factories change one finding each.
 *
 * @param topic the topic routing.dmn routes by
 * @param language the mention's language, or null when it cannot be told
 * @param sentiment POSITIVE, NEUTRAL or NEGATIVE
 * @param reach UNKNOWN, LOW, MEDIUM or HIGH, from the author's followers
 * @param urgent someone needs help now
 * @param employeeVoice the author is a registered employee handle
 * @param crisis a crisis is active on the topic right now
 */
record Classification(
    String topic,
    String language,
    String sentiment,
    String reach,
    boolean urgent,
    boolean employeeVoice,
    boolean crisis) {

  /** An ordinary mention about a topic: English, neutral, by an author with few followers. */
  static Classification about(String topic) {
    return new Classification(topic, "en", "NEUTRAL", "LOW", false, false, false);
  }

  Classification inLanguage(String language) {
    return new Classification(topic, language, sentiment, reach, urgent, employeeVoice, crisis);
  }

  Classification withSentiment(String sentiment) {
    return new Classification(topic, language, sentiment, reach, urgent, employeeVoice, crisis);
  }

  Classification withReach(String reach) {
    return new Classification(topic, language, sentiment, reach, urgent, employeeVoice, crisis);
  }

  Classification urgently() {
    return new Classification(topic, language, sentiment, reach, true, employeeVoice, crisis);
  }

  Classification byAnEmployee() {
    return new Classification(topic, language, sentiment, reach, urgent, true, crisis);
  }

  Classification duringACrisis() {
    return new Classification(topic, language, sentiment, reach, urgent, employeeVoice, true);
  }
}
