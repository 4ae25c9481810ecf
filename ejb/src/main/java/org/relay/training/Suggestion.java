package org.relay.training;

/**
 * Relay suggests a module to an author whose drafts keep tripping a guideline rule the module
 * covers, with where the author stands with it.
 */
public record Suggestion(
    String author,
    String ruleId,
    long drafts,
    long moduleId,
    String moduleTitle,
    TrainingStatus status) {}
