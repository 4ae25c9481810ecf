package org.relay.guidelines.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relay.guidelines.rules.Rules.draftOn;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relay.guidelines.Finding;
import org.relay.guidelines.Severity;

class ChannelRuleTest {

  private final GuidelineRule rule = ChannelRule.TYPE.withDefaults();

  @Test
  void shouldBlockAReplyLongerThanTheChannelTakes() {
    List<Finding> findings =
        rule.check(draftOn("MASTODON", 20, "I work at Relay: this is too long."));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCK);
              assertThat(f.message()).contains("at most 20");
              assertThat(f.policyLink()).endsWith("#channels");
            });
  }

  @Test
  void shouldWarnAboutTooManyHashtags() {
    assertThat(rule.check(draftOn("MASTODON", 480, "Fixed! #relay #support #help #fixed")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARN);
              assertThat(f.message()).contains("4 hashtags");
            });
  }

  @Test
  void shouldWarnAboutMarkdownWhereTheChannelShowsPlainText() {
    String text = "I work at Relay: see **Settings** and [the guide](https://relay.example/g).";

    assertThat(rule.check(draftOn("MASTODON", 480, text)))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("Markdown"));
    assertThat(
            ChannelRule.TYPE
                .build(Map.of("markdownChannelTypes", List.of("WEBHOOK")))
                .check(draftOn("WEBHOOK", 5000, text)))
        .isEmpty();
  }

  @Test
  void shouldAcceptAPlainReplyThatFits() {
    assertThat(rule.check(draftOn("MASTODON", 480, "I work at Relay: fixed now #relayemployee")))
        .isEmpty();
  }
}
