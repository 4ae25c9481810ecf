package org.relay.guidelines.rules;

import java.util.List;

/**
 * A draft reply and what the rules need to know around it.
 *
 * @param text what the author wrote
 * @param channelType the type of the mention's channel (e.g. {@code MASTODON}, {@code WEBHOOK})
 * @param maxLength the longest reply the channel takes
 * @param authorProfileDisclosure what the author's registered profile says about where they work,
 *     or null
 * @param corpus texts the reply must not sound like (canned messages, recent replies)
 */
public record DraftUnderCheck(
    String text,
    String channelType,
    int maxLength,
    String authorProfileDisclosure,
    List<SimilarText> corpus) {

  public DraftUnderCheck {
    text = text == null ? "" : text;
    corpus = corpus == null ? List.of() : corpus;
  }

  /** A draft with no context: any channel, 5,000 characters, nothing to compare with. */
  public static DraftUnderCheck of(String text) {
    return new DraftUnderCheck(text, "WEBHOOK", 5000, null, List.of());
  }
}
