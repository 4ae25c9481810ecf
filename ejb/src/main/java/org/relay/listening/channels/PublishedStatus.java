package org.relay.listening.channels;

/**
 * A status Relay published on Mastodon.
 *
 * @param id the instance's id of the new status
 * @param url its public address
 */
public record PublishedStatus(String id, String url) {}
