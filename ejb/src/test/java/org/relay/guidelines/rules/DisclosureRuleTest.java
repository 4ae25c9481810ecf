package org.relay.guidelines.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relay.guidelines.rules.Rules.draft;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relay.guidelines.Finding;

class DisclosureRuleTest {

  private final GuidelineRule rule = DisclosureRule.TYPE.withDefaults();

  @Test
  void shouldBlockAReplyThatDoesNotDiscloseTheAuthorsEmployer() {
    List<Finding> findings = rule.check(draft("Sorry about that, it is fixed now."));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("disclosure");
              assertThat(f.blocks()).isTrue();
              assertThat(f.why()).isNotBlank();
              assertThat(f.fix()).contains("#relayemployee");
              assertThat(f.policyLink()).isEqualTo("/relay/policy/index.xhtml#transparency");
            });
  }

  @Test
  void shouldAcceptADisclosureInAnyCaseAndWithATypographicApostrophe() {
    assertThat(rule.check(draft("I\u2019M WITH Relay support: the fix is live."))).isEmpty();
    assertThat(rule.check(draft("Fixed now! #RelayEmployee"))).isEmpty();
  }

  @Test
  void shouldAcceptAFullWidthDisclosureAndOneSplitByAnInvisibleSpace() {
    assertThat(rule.check(draft("Ｉ ｗｏｒｋ ａｔ Relay: fixed."))).isEmpty();
    assertThat(rule.check(draft("I wo\u200Brk at Relay: fixed."))).isEmpty();
  }

  @Test
  void shouldNotTakeAHashtagThatOnlyStartsLikeTheDisclosureForIt() {
    assertThat(rule.check(draft("Fixed now #relayemployees4ever"))).hasSize(1);
  }

  @Test
  void shouldAcceptTheAuthorsProfileOnChannelsThatShowIt() {
    GuidelineRule withProfiles =
        DisclosureRule.TYPE.build(Map.of("profileChannelTypes", List.of("MASTODON")));

    DraftUnderCheck onMastodon =
        new DraftUnderCheck("Fixed now, sorry!", "MASTODON", 480, true, List.of());
    DraftUnderCheck onWebhook =
        new DraftUnderCheck("Fixed now, sorry!", "WEBHOOK", 5000, true, List.of());
    DraftUnderCheck withoutProfile =
        new DraftUnderCheck("Fixed now, sorry!", "MASTODON", 480, false, List.of());

    assertThat(withProfiles.check(onMastodon)).isEmpty();
    assertThat(withProfiles.check(onWebhook)).hasSize(1);
    assertThat(withProfiles.check(withoutProfile)).hasSize(1);
  }

  @Test
  void shouldUseTheAdministratorsPhrases() {
    GuidelineRule custom = DisclosureRule.TYPE.build(Map.of("phrases", List.of("#acmecares")));

    assertThat(custom.check(draft("I work at Acme: fixed."))).hasSize(1);
    assertThat(custom.check(draft("Fixed! #AcmeCares"))).isEmpty();
  }
}
