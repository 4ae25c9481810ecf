/**
 * Connectors: one per channel type (RSS/Atom feeds, Mastodon, file import), each reading its source
 * into {@link org.relay.listening.channels.RawPost}s and knowing nothing of persistence or the
 * engine.
 */
package org.relay.listening.channels;
