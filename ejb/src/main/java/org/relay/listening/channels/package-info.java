/**
 * Connectors: one per channel type ({@link org.relay.listening.channels.FeedReader} for RSS/Atom,
 * {@link org.relay.listening.channels.MastodonClient}, {@link
 * org.relay.listening.channels.MentionFileParser} for imported files), each reading its source into
 * {@link org.relay.listening.channels.RawPost}s and failing with a {@link
 * org.relay.listening.channels.ChannelException} a person can act on. Plain, thread-safe classes
 * that know nothing of persistence, EJB or the engine: application services wrap them and keep
 * their cursors. Depends on nothing else in Relay.
 */
package org.relay.listening.channels;
