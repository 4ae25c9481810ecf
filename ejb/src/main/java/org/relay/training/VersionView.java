package org.relay.training;

import java.time.Instant;

/**
 * One version of a module as HR sees it: everything written in it (as the editable {@link
 * ModuleDraft}, quiz answers included), the content rendered, and who wrote and published it.
 */
public record VersionView(
    int number,
    VersionState state,
    ModuleDraft content,
    String contentHtml,
    String createdBy,
    Instant createdAt,
    String updatedBy,
    Instant updatedAt,
    String publishedBy,
    Instant publishedAt) {}
