package org.relay.listening;

import java.time.Instant;
import java.util.List;
import org.relay.listening.channels.ChannelException;
import org.relay.listening.channels.RawPost;

/**
 * Reads new posts from one kind of polled channel. Implementations keep their cursor in the
 * channel's poll state (opaque text), so that a poll continues where the last left off on any node.
 */
public interface ChannelConnector {

  ChannelType type();

  /** Reads what is new since the state the channel holds. */
  Outcome poll(Channel channel) throws ChannelException;

  /**
   * What a poll read.
   *
   * @param state the cursor to keep for the next poll
   * @param notBefore when the source allows the next request (rate limits), or null
   * @param behind the source had more than one poll reads: poll again as soon as it allows, rather
   *     than after the channel's interval
   */
  record Outcome(List<RawPost> posts, String state, Instant notBefore, boolean behind) {

    /** A poll that read everything new. */
    public Outcome(List<RawPost> posts, String state, Instant notBefore) {
      this(posts, state, notBefore, false);
    }
  }
}
