package org.relay.listening;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The last posts this node's pollers read, kept and noise alike, so that the query editor can tell
 * how many of them a query would have matched. Held in memory only: noise is never stored.
 */
@ApplicationScoped
public class RecentPosts {

  /** How many posts the editor's preview looks at. */
  public static final int CAPACITY = 1000;

  private final Deque<Sample> posts = new ArrayDeque<>(CAPACITY);

  public synchronized void add(String channel, String text, String language) {
    if (posts.size() == CAPACITY) {
      posts.removeFirst();
    }
    posts.addLast(new Sample(channel, text, language));
  }

  /** Newest last. */
  public synchronized List<Sample> all() {
    return List.copyOf(posts);
  }

  /** One post read by a poller. */
  public record Sample(String channel, String text, String language) {}
}
