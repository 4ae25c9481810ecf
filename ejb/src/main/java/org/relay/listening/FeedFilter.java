package org.relay.listening;

/**
 * What the listening feed shows; a null or blank field does not filter.
 *
 * @param sentiment POSITIVE, NEUTRAL or NEGATIVE
 * @param employeeVoice whether to include employees' own posts (left out by default)
 */
public record FeedFilter(
    String topic, String sentiment, String channel, String language, boolean employeeVoice) {

  public static FeedFilter none() {
    return new FeedFilter(null, null, null, null, false);
  }
}
