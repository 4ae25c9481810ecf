package org.relay.guidelines;

import java.util.Map;
import java.util.Set;

/**
 * What crisis-measures.dmn decides a freeze on, for the messages of one topic ({@code null} for
 * messages for no topic in particular): whether they are for any topic, whether a crisis is active
 * on their own topic, and whether a crisis is active on some topic.
 */
public record FreezeInputs(boolean anyTopic, boolean crisisActive, boolean crisisAnywhere) {

  public static FreezeInputs of(String topic, Set<String> topicsInCrisis) {
    return new FreezeInputs(
        topic == null, topic != null && topicsInCrisis.contains(topic), !topicsInCrisis.isEmpty());
  }

  /** The decision's input variables, by the names crisis-measures.dmn reads. */
  public Map<String, Object> variables() {
    return Map.of(
        "anyTopic", anyTopic, "crisisActive", crisisActive, "crisisAnywhere", crisisAnywhere);
  }
}
