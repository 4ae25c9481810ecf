package org.relay.guidelines.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relay.guidelines.rules.Rules.draft;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relay.guidelines.Finding;

class LinkRuleTest {

  private final GuidelineRule rule =
      LinkRule.TYPE.build(Map.of("allowedDomains", List.of("relay.example", "status.io")));

  private List<Finding> check(String text) {
    return rule.check(draft("I work at Relay support. " + text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "See https://relay.example/help/export.",
        "See https://docs.relay.example/export?tab=csv",
        "See www.relay.example/status",
        "See relay.example/help",
        "See HTTPS://RELAY.EXAMPLE/help",
        "Status: status.io",
      })
  void shouldAllowLinksToAllowedDomainsAndTheirSubdomains(String text) {
    assertThat(check(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "See https://evil.example.net/login",
        "See http://relay.example.evil.com/",
        "See www.cheap-deals.com",
        "See bit.ly/abc123",
        "See evil[.]com/login",
        "See evil (dot) com for more",
        "See notrelay.example/help",
        "See ｈｔｔｐｓ://evil.com",
      })
  void shouldBlockLinksToOtherSitesNamingThem(String text) {
    assertThat(check(text))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("links");
              assertThat(f.blocks()).isTrue();
              assertThat(f.message()).contains("not on the list of allowed sites");
              assertThat(f.fix()).contains("relay.example");
            });
  }

  @Test
  void shouldNotTakeAnEmailOrAHandleOrAVersionForALink() {
    assertThat(check("Thanks @grace@fake.social; version 2.4.1 is out. Write to jane@evil.com"))
        .isEmpty();
  }

  @Test
  void shouldSayThatNoSiteIsAllowedWhenTheListIsEmpty() {
    assertThat(LinkRule.TYPE.withDefaults().check(draft("I work at Relay: see example.com/help")))
        .singleElement()
        .satisfies(f -> assertThat(f.fix()).contains("no site is allowed yet"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "See https://relay.example@evil.com/login",
        "See https://relay.example:secret@evil.com/login",
        "See relay.example@evil.com/login",
        "See https://evil.com\\@relay.example/",
        "See https://relay.example.evil.com/",
        "See HTTPS://EVIL.COM/RELAY.EXAMPLE",
        "See https://xn--rlay-bpa.example/",
        "See https://rélay.example/",
        "See https://r\u0435lay.example/",
        "See https://%65vil.com/",
        "See //evil.com/x",
        "See evil.com./x",
        "See https://evilrelay.example/",
      })
  void shouldReadTheHostAsABrowserDoesAndBlockEveryOtherSite(String text) {
    assertThat(check(text))
        .singleElement()
        .satisfies(f -> assertThat(f.ruleId()).isEqualTo("links"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "See https://user@relay.example/help",
        "See https://RELAY.EXAMPLE:443/help",
        "See https://relay.example./help",
        "See https://docs.relay.example#top",
        "See relay.example/x?next=https://elsewhere",
        "See https://status.io.",
      })
  void shouldAllowTheAllowedSitesHoweverTheAddressIsWritten(String text) {
    assertThat(check(text)).isEmpty();
  }

  @Test
  void shouldCompareAnInternationalDomainInItsAsciiForm() {
    GuidelineRule international =
        LinkRule.TYPE.build(Map.of("allowedDomains", List.of("bücher.example")));

    assertThat(international.check(draft("I work at Relay: https://bücher.example/x"))).isEmpty();
    assertThat(international.check(draft("I work at Relay: https://xn--bcher-kva.example/x")))
        .isEmpty();
    assertThat(international.check(draft("I work at Relay: https://bucher.example/x"))).hasSize(1);
  }

  @Test
  void shouldNotTakeAnEmailFollowedByPunctuationForALink() {
    assertThat(check("Did you write to jane@evil.com? Or to jane@evil.com: twice?")).isEmpty();
  }

  @Test
  void shouldNameAtMostAFewAllowedSitesInTheFix() {
    GuidelineRule many =
        LinkRule.TYPE.build(
            Map.of(
                "allowedDomains",
                List.of("a.example", "b.example", "c.example", "d.example", "e.example")));

    assertThat(many.check(draft("I work at Relay: evil.com/x")))
        .singleElement()
        .satisfies(
            f -> assertThat(f.fix()).doesNotContain("d.example").doesNotContain("e.example"));
  }
}
