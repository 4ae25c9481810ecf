package org.relay.guidelines.rules;

import java.util.Map;

/**
 * A text a reply is compared with, its shingle profile computed once by {@link Shingles}.
 *
 * @param source what it is, as the author should read it: {@code the canned message "Outage
 *     apology"} or {@code a reply published on 2026-03-02}
 * @param excerpt its first words
 */
public record SimilarText(String source, String excerpt, Map<String, Integer> profile) {}
