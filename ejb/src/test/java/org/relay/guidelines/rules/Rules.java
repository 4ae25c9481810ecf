package org.relay.guidelines.rules;

import java.util.List;
import java.util.Map;

/** Builds rules and drafts for the tests. */
final class Rules {

  private Rules() {}

  static GuidelineRule rule(RuleType type, Map<String, ?> parameters) {
    return type.build(parameters);
  }

  static DraftUnderCheck draft(String text) {
    return DraftUnderCheck.of(text);
  }

  static DraftUnderCheck draftOn(String channelType, int maxLength, String text) {
    return new DraftUnderCheck(text, channelType, maxLength, null, List.of());
  }
}
