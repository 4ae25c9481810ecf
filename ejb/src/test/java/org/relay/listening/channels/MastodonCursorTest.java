package org.relay.listening.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relay.listening.channels.MastodonCursor.OwnAccount;
import org.relay.listening.channels.MastodonCursor.SearchGap;

class MastodonCursorTest {

  private static final MastodonAccount ACCOUNT =
      new MastodonAccount(
          URI.create("https://mastodon.example/"), "s3cr3t", List.of("dell"), List.of(), true);

  @Test
  void shouldKeepEverythingThroughItsStoredForm() {
    MastodonCursor cursor =
        new MastodonCursor(
            new OwnAccount(
                "mastodon.example", OwnAccount.digest("s3cr3t"), "109000000000000009", "relaytest"),
            Map.of("mentions", "34975861", "search:dell xps", "113500000000000100"),
            Map.of(
                "search:dell xps", new SearchGap("113500000000000150", "113500000000000190", 117)));

    String stored = cursor.toJson();

    assertThat(MastodonCursor.fromJson(stored)).isEqualTo(cursor);
    assertThat(stored).doesNotContain("s3cr3t");
  }

  @Test
  void shouldReadTheCursorStoredBeforeRelayKnewTheAccount() {
    MastodonCursor legacy =
        MastodonCursor.fromJson(
            "{\"sinceIdBySource\":{\"mentions\":\"34975861\",\"tag:dell\":\"113500000000000109\"}}");

    assertThat(legacy.account()).isNull();
    assertThat(legacy.readUpTo("mentions")).isEqualTo("34975861");
    assertThat(legacy.readUpTo("tag:dell")).isEqualTo("113500000000000109");
    assertThat(legacy.gap("tag:dell")).isEmpty();
  }

  @Test
  void shouldTellTheAccountOfThisTokenOnThisInstanceOnly() {
    OwnAccount own =
        new OwnAccount(
            "mastodon.example", OwnAccount.digest("s3cr3t"), "109000000000000009", "relay");

    assertThat(own.isFor(ACCOUNT)).isTrue();
    assertThat(
            own.isFor(
                new MastodonAccount(
                    URI.create("http://Mastodon.Example:8080"),
                    "s3cr3t",
                    List.of(),
                    List.of(),
                    true)))
        .as("an instance is its host name, whatever the scheme or port")
        .isTrue();
    assertThat(
            own.isFor(
                new MastodonAccount(
                    URI.create("https://mastodon.example"), "new", List.of(), List.of(), true)))
        .isFalse();
    assertThat(
            own.isFor(
                new MastodonAccount(
                    URI.create("https://other.example"), "s3cr3t", List.of(), List.of(), true)))
        .isFalse();
    assertThat(
            own.sameAccountAs(
                new OwnAccount("mastodon.example", "x", "109000000000000009", "relay")))
        .isTrue();
  }

  @Test
  void shouldRefuseWhatIsNoCursor() {
    assertThatThrownBy(() -> MastodonCursor.fromJson("[1,2]"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MastodonCursor.fromJson("{\"readUpTo\":{\"mentions\":7}}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MastodonCursor.fromJson("{\"readUpTo\":{\"mentions\":\"../x\"}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Not a Mastodon id");
    assertThatThrownBy(
            () ->
                new MastodonCursor(
                    null,
                    Map.of("search:x", "200"),
                    Map.of("search:x", new SearchGap("150", "190", 3))))
        .as("a gap below where the search was read up to")
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(MastodonCursor.fromJson(null)).isEqualTo(MastodonCursor.empty());
  }
}
