package org.relay.training;

/**
 * A published version, and how many people it was assigned to now.
 *
 * @param directoryReachable false when the directory could not be read: people then get the module
 *     when they next sign in
 */
public record PublishResult(ModuleSummary module, int assigned, boolean directoryReachable) {}
