package org.relay.guidelines.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relay.guidelines.rules.Rules.draft;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relay.guidelines.Finding;
import org.relay.shared.InvalidInput;
import org.relay.shared.InvalidInputException.FieldError;

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
              assertThat(f.fix()).contains("I work at Relay").contains("#relayemployee");
              assertThat(f.policyLink()).isEqualTo("/relay/policy/index.xhtml#transparency");
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I work for a big company and it is fixed.",
        "I work at the help desk: fixed now.",
        "I'm with you on that, it is fixed.",
        "Speaking for myself, it is fixed.",
        "I work for Acme: fixed now.",
      })
  void shouldNotTakeAPhraseThatDoesNotNameTheCompanyForADisclosure(String text) {
    assertThat(rule.check(draft(text))).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I work at Relay: fixed now.",
        "I work for Relay, and it is fixed.",
        "I'm with the Relay support team: fixed.",
        "I work at the Relay help desk: fixed.",
        "Fixed now. Grace, Relay employee",
        "Fixed now. Grace from the Relay support team",
        "Ｉ ｗｏｒｋ ａｔ Ｒｅｌａｙ: fixed.",
        "I work at Rélay: fixed.",
      })
  void shouldAcceptAPhraseThatNamesTheCompany(String text) {
    assertThat(rule.check(draft(text))).isEmpty();
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
  void shouldAcceptTheAuthorsProfileNamingTheCompanyOnlyOnChannelsThatShowIt() {
    GuidelineRule withProfiles =
        DisclosureRule.TYPE.build(Map.of("profileChannelTypes", List.of("MASTODON")));
    String profile = "Support engineer at Relay";

    DraftUnderCheck onMastodon =
        new DraftUnderCheck("Fixed now, sorry!", "MASTODON", 480, profile, List.of());
    DraftUnderCheck onWebhook =
        new DraftUnderCheck("Fixed now, sorry!", "WEBHOOK", 5000, profile, List.of());
    DraftUnderCheck withoutProfile =
        new DraftUnderCheck("Fixed now, sorry!", "MASTODON", 480, null, List.of());
    DraftUnderCheck profileWithoutTheCompany =
        new DraftUnderCheck("Fixed now, sorry!", "MASTODON", 480, "Support engineer", List.of());

    assertThat(withProfiles.check(onMastodon)).isEmpty();
    assertThat(withProfiles.check(onWebhook)).hasSize(1);
    assertThat(withProfiles.check(withoutProfile)).hasSize(1);
    assertThat(withProfiles.check(profileWithoutTheCompany)).hasSize(1);
  }

  @Test
  void shouldNotCountTheProfileWhereNoChannelIsSaidToShowIt() {
    assertThat(
            rule.check(
                new DraftUnderCheck(
                    "Fixed now, sorry!", "MASTODON", 480, "Support engineer at Relay", List.of())))
        .hasSize(1);
  }

  @Test
  void shouldUseTheAdministratorsCompanyPhrasesAndHashtags() {
    GuidelineRule custom =
        DisclosureRule.TYPE.build(
            Map.of(
                "company",
                List.of("Acme", "Acme Corp"),
                "phrases",
                List.of("{company} here"),
                "hashtags",
                List.of("#acmecares")));

    assertThat(custom.check(draft("I work at Relay: fixed."))).hasSize(1);
    assertThat(custom.check(draft("Acme Corp here: fixed."))).isEmpty();
    assertThat(custom.check(draft("Fixed! #AcmeCares"))).isEmpty();
  }

  @Test
  void shouldRefuseAPhraseThatDoesNotNameTheCompany() {
    FieldError error =
        InvalidInput.singleError(
            () -> DisclosureRule.TYPE.build(Map.of("phrases", List.of("I work for"))));

    assertThat(error.field()).isEqualTo("parameters.phrases");
    assertThat(error.message()).contains("{company}");
  }
}
