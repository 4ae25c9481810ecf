package org.relay.directory;

/** A member of staff as the directory lists them. */
public record Person(String username, String displayName) {}
