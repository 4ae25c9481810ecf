package org.relay.web.listening;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.relay.listening.FeedFilter;
import org.relay.listening.ListeningFeed;
import org.relay.listening.ListeningStats;
import org.relay.listening.MentionSummary;
import org.relay.web.ChartJson;

/**
 * Backs {@code listening/wallboard.xhtml}: a full-screen live view of customers' voice for a screen
 * next to an executive's desk: latest mentions, volume per topic, sentiment over 24 hours, crises.
 */
@Named
@ViewScoped
public class WallboardView implements Serializable {

  private static final DateTimeFormatter HOUR =
      DateTimeFormatter.ofPattern("HH:00").withZone(ZoneOffset.UTC);
  private static final Map<String, String> COLOURS =
      Map.of("POSITIVE", "#22c55e", "NEUTRAL", "#94a3b8", "NEGATIVE", "#ef4444");

  @Inject ListeningFeed feed;

  private ListeningStats stats;
  private List<MentionSummary> latest = List.of();

  @PostConstruct
  public void init() {
    refresh();
  }

  public void refresh() {
    stats = feed.stats();
    latest = feed.latest(FeedFilter.none(), null, 8);
  }

  public ListeningStats getStats() {
    return stats;
  }

  public List<MentionSummary> getLatest() {
    return latest;
  }

  /** Chart.js configuration of the sentiment trend, one line per sentiment, per hour (UTC). */
  public String getSentimentChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    stats.hours().forEach(hour -> labels.add(HOUR.format(hour)));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    stats
        .sentimentByHour()
        .forEach(
            (sentiment, counts) -> {
              JsonArrayBuilder data = Json.createArrayBuilder();
              counts.forEach(data::add);
              datasets.add(
                  Json.createObjectBuilder()
                      .add("label", sentiment.toLowerCase(java.util.Locale.ROOT))
                      .add("data", data)
                      .add("borderColor", COLOURS.get(sentiment))
                      .add("backgroundColor", COLOURS.get(sentiment))
                      .add("tension", 0.3));
            });
    return chart("line", labels, datasets);
  }

  /** Chart.js configuration of the last 24 hours' volume per topic. */
  public String getTopicChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    stats
        .volumeByTopic()
        .forEach(
            (topic, count) -> {
              labels.add(topic);
              data.add(count);
            });
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("label", "mentions, last 24 h")
                    .add("data", data)
                    .add("backgroundColor", "#38bdf8"));
    return chart("bar", labels, datasets);
  }

  private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets) {
    JsonObjectBuilder axis =
        Json.createObjectBuilder()
            .add("ticks", Json.createObjectBuilder().add("color", "#cbd5e1"))
            .add("grid", Json.createObjectBuilder().add("color", "#334155"));
    return ChartJson.of(
        Json.createObjectBuilder()
            .add("type", type)
            .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("animation", false)
                    .add("maintainAspectRatio", false)
                    .add(
                        "plugins",
                        Json.createObjectBuilder()
                            .add(
                                "legend",
                                Json.createObjectBuilder()
                                    .add(
                                        "labels",
                                        Json.createObjectBuilder().add("color", "#e2e8f0"))))
                    .add("scales", Json.createObjectBuilder().add("x", axis).add("y", axis)))
            .build());
  }
}
