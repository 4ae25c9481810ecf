package org.relay.listening;

import java.time.Instant;
import java.util.List;

/** What administrators see and send of the listening configuration. */
public final class ListeningViews {

  private ListeningViews() {}

  /** A topic and its keywords, tried in position order. */
  public record TopicView(String name, String keywords, int position) {}

  /** A saved listening query with its counts. */
  public record QueryView(
      long id,
      String name,
      String expression,
      String languages,
      String exclusions,
      boolean enabled,
      long matched,
      long noise,
      String updatedBy,
      Instant updatedAt) {}

  /**
   * A query as the editor sends it.
   *
   * @param languages comma-separated ISO 639-1 codes, blank for every language
   */
  public record QueryForm(
      String name, String expression, String languages, String exclusions, boolean enabled) {}

  /**
   * How a query would have done on the last posts read: {@code matched} of {@code sample}, with a
   * few of the matched texts as examples.
   */
  public record QueryPreview(int sample, int matched, List<String> examples) {}
}
