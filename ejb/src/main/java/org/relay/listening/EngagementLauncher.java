package org.relay.listening;

/**
 * Starts the engagement of a freshly stored mention. Implementations join the caller's transaction,
 * so the mention and its process commit together or not at all.
 */
public interface EngagementLauncher {

  void launch(long mentionId, String channel);
}
