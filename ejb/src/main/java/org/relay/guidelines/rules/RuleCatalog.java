package org.relay.guidelines.rules;

import java.util.List;
import java.util.Optional;

/** Every kind of guideline rule Relay has, in the order the editor shows their findings. */
public final class RuleCatalog {

  public static final List<RuleType> TYPES =
      List.of(
          DisclosureRule.TYPE,
          PersonalDataRule.TYPE,
          LinkRule.TYPE,
          ChannelRule.TYPE,
          ConfidentialityRule.TYPE,
          ToneRule.TYPE,
          AuthenticityRule.TYPE);

  private RuleCatalog() {}

  public static Optional<RuleType> type(String id) {
    return TYPES.stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
