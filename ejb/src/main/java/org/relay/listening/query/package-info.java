/**
 * The listening query language: {@link org.relay.listening.query.ListeningQuery} parses what admins
 * write to choose the posts that become mentions, and {@link
 * org.relay.listening.query.CompiledQuery} adds the language filter and the exclusions. Plain Java
 * that depends only on {@code shared}, so every part of listening may use it.
 */
package org.relay.listening.query;
