package org.relay.listening;

/** Fired when an administrator changed topics, terms or listening queries. */
public record ListeningRulesChanged(String what) {}
