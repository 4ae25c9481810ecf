package org.relay.listening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChannelTest {

  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

  private final Channel channel = new Channel("masto", ChannelType.MASTODON, "Mastodon");

  @Test
  void shouldPollAgainAfterItsIntervalWhenItReadEverything() {
    channel.pollSucceeded(NOW, "{}", 3, 1, null, false);

    assertThat(channel.getNextPollAt()).isEqualTo(NOW.plusSeconds(channel.getPollSeconds()));
    assertThat(channel.getPollState()).isEqualTo("{}");
  }

  @Test
  void shouldWaitForTheRateLimitWhenItIsLaterThanTheInterval() {
    Instant reset = NOW.plusSeconds(channel.getPollSeconds() + 60);

    channel.pollSucceeded(NOW, "{}", 3, 0, reset, false);

    assertThat(channel.getNextPollAt()).isEqualTo(reset);
  }

  @Test
  void shouldPollASourceThatIsBehindAgainAtOnce() {
    channel.pollSucceeded(NOW, "{}", 200, 0, null, true);

    assertThat(channel.getNextPollAt()).isEqualTo(NOW);
  }

  @Test
  void shouldPollASourceThatIsBehindAgainAsSoonAsTheRateLimitAllows() {
    Instant reset = NOW.plusSeconds(90);

    channel.pollSucceeded(NOW, "{}", 120, 0, reset, true);

    assertThat(channel.getNextPollAt()).isEqualTo(reset).isBefore(NOW.plusSeconds(300));
  }
}
