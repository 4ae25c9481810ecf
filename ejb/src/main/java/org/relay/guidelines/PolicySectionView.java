package org.relay.guidelines;

import java.time.Instant;

/**
 * A policy section as the policy page and the API show it: the Markdown an administrator wrote, and
 * {@code html}, that Markdown rendered and sanitised (safe to show as HTML).
 */
public record PolicySectionView(
    String key,
    String title,
    String markdown,
    String html,
    String link,
    String updatedBy,
    Instant updatedAt) {}
