package org.relay.guidelines;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.relay.guidelines.rules.DraftUnderCheck;
import org.relay.guidelines.rules.PersonalDataRule;

/**
 * Checks a draft reply against Relay's guidelines as administrators configured them, comparing it
 * with the canned messages and recent replies. The same check runs live in the draft editor and on
 * the server when a draft is submitted; the server's verdict is the one that counts.
 */
@ApplicationScoped
public class GuidelineChecker {

  @Inject GuidelineRules rules;
  @Inject SimilarityCorpus corpus;

  /**
   * What the rules find in the draft.
   *
   * @param channelType the type of the mention's channel
   * @param maxLength the longest reply the channel takes
   * @param profileDisclosure what the author's registered profile says about where they work, or
   *     null
   */
  public List<Finding> check(
      String text, String channelType, int maxLength, String profileDisclosure) {
    return rules
        .current()
        .check(
            new DraftUnderCheck(text, channelType, maxLength, profileDisclosure, corpus.current()));
  }

  /**
   * What the personal-data rule, as administrators configured it, finds in a text that is not a
   * reply but is stored and shown to others, such as a comment on a draft: e-mail addresses, phone
   * numbers, order and account numbers. Nothing if the rule is switched off.
   */
  public List<Finding> personalData(String text) {
    return rules.current().check(PersonalDataRule.ID, DraftUnderCheck.of(text));
  }
}
