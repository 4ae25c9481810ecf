package org.relay.listening;

/** The kinds of source Relay listens to; each has one connector. */
public enum ChannelType {
  /** Machine clients deliver mentions through {@code POST /api/mentions}. */
  WEBHOOK(false),
  /** An RSS or Atom feed of a blog or forum, polled on a schedule. */
  FEED(true),
  /** A Mastodon account: its mentions, hashtags and searches, polled; replies go back there. */
  MASTODON(true),
  /** CSV or JSON Lines files uploaded in the portal, exports of other tools. */
  FILE(false);

  private final boolean polled;

  ChannelType(boolean polled) {
    this.polled = polled;
  }

  /** Whether Relay fetches this channel's posts itself (and listening queries filter them). */
  public boolean isPolled() {
    return polled;
  }
}
