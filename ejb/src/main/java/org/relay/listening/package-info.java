/**
 * Listening: mentions arriving from channels, stored once per (channel, external id), and their
 * classification. May depend on {@code shared} and {@code audit}; the process is reached through
 * {@link org.relay.listening.EngagementLauncher}.
 */
package org.relay.listening;
