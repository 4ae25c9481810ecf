package org.relay.web.listening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.when;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relay.listening.ListeningFeed;
import org.relay.listening.ListeningStats;

/** The wallboard's charts show topics an administrator named: as text, never as code. */
@ExtendWith(MockitoExtension.class)
class WallboardViewTest {

  private static final String TOPIC = "billing</script><script>alert(1)</script>";

  @Mock ListeningFeed feed;

  @Test
  void shouldSerialiseTopicsIntoTheChartSoThatTheyCannotEndItsScript() {
    Instant now = Instant.parse("2026-11-22T12:00:00Z");
    when(feed.stats())
        .thenReturn(
            new ListeningStats(
                3,
                Map.of(TOPIC, 3L),
                List.of(now),
                Map.of("NEGATIVE", List.of(3L)),
                List.of(),
                now));
    when(feed.latest(any(), any(), anyInt())).thenReturn(List.of());
    WallboardView view = new WallboardView();
    view.feed = feed;
    view.init();

    String chart = view.getTopicChart();

    assertThat(chart).doesNotContain("</script>", "<script>");
    assertThat(
            Json.createReader(new StringReader(chart))
                .readObject()
                .getJsonObject("data")
                .getJsonArray("labels")
                .getString(0))
        .isEqualTo(TOPIC);
    assertThat(view.getSentimentChart()).doesNotContain("<");
  }
}
