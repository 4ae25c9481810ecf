package org.relay.listening;

/**
 * What classification learns of a mention; every part feeds routing.dmn.
 *
 * @param language ISO 639-1 code, or null when the text is too short to tell
 * @param sentiment POSITIVE, NEUTRAL or NEGATIVE (VADER's compound score with its usual cut-offs)
 * @param reach UNKNOWN, LOW, MEDIUM or HIGH, from the author's followers
 * @param employeeVoice the author is a registered employee handle
 * @param crisis a crisis is active on the topic (raised now or before)
 */
public record Classification(
    String topic,
    String language,
    String sentiment,
    Double sentimentScore,
    String reach,
    boolean urgent,
    boolean employeeVoice,
    boolean crisis) {}
