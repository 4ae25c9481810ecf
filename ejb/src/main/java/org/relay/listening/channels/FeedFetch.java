package org.relay.listening.channels;

import java.util.List;

/**
 * The outcome of one fetch of a feed.
 *
 * @param notModified whether the feed answered 304 Not Modified (then {@code posts} is empty)
 * @param posts the entries new since the previous state, oldest first
 * @param state the state to store and pass to the next fetch
 */
public record FeedFetch(boolean notModified, List<RawPost> posts, FeedState state) {

  public FeedFetch {
    posts = List.copyOf(posts);
  }
}
