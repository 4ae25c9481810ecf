package org.relay.guidelines.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relay.guidelines.rules.Rules.draft;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relay.guidelines.Finding;
import org.relay.guidelines.Severity;

class ToneRuleTest {

  private final GuidelineRule rule = ToneRule.TYPE.withDefaults();

  private List<Finding> check(String text) {
    return rule.check(draft("I work at Relay support. " + text));
  }

  @Test
  void shouldSendAPromiseOfARefundToPr() {
    assertThat(check("You will get a FULL   refund today."))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("tone");
              assertThat(f.severity()).isEqualTo(Severity.NEEDS_REVIEW);
              assertThat(f.reviewer()).isEqualTo("pr");
              assertThat(f.message()).contains("full refund");
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "That is a stupid question.",
        "That is a STUPID question.",
        "That is a st\u200Bupid question.",
        "That is a s t u p i d question.",
        "Don't be an 1d10t.",
        "Honestly, that's not our problem.",
      })
  void shouldSendHostileWordsToPr(String text) {
    assertThat(check(text))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message()).contains("hostile");
              assertThat(f.reviewer()).isEqualTo("pr");
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PLEASE READ THE MANUAL BEFORE ASKING.",
        "We fixed it!!! Enjoy",
        "WE FIXED IT, ENJOY YOUR DAY",
      })
  void shouldSendShoutingToPr(String text) {
    assertThat(check(text))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message()).startsWith("The reply shouts");
              assertThat(f.reviewer()).isEqualTo("pr");
            });
  }

  @Test
  void shouldSendAnAdmissionOfLiabilityToLegal() {
    assertThat(check("This was negligence on our side, and we are liable."))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.reviewer()).isEqualTo("legal");
              assertThat(f.message()).contains("legal liability");
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Download the ZIP of the PDFs under Settings.",
        "The EU region has SSO and audit logs.",
        "Thanks, that made our morning!",
        "I'm sorry this took so long; I've asked billing to look into it.",
        "The IETF RateLimit draft headers are there.",
      })
  void shouldLeaveACalmReplyAlone(String text) {
    assertThat(check(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "That is a s.t.u.p.i.d question.",
        "That is a StUpId question.",
        "That is a ｓｔｕｐｉｄ question.",
        "That is a 𝐬𝐭𝐮𝐩𝐢𝐝 question.",
        "That is a stüpíd question.",
        "That is a stu\u0440id question.",
        "Don't be an \u0456diot.",
        "Don't be an ＩＤＩＯＴ.",
      })
  void shouldFindHostileWordsHoweverTheyAreObfuscated(String text) {
    assertThat(check(text)).anySatisfy(f -> assertThat(f.message()).contains("hostile"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "You get a f u l l  r e f u n d.",
        "You get a F.U.L.L R.E.F.U.N.D.",
        "You get a ｆｕｌｌ ｒｅｆｕｎｄ.",
        "You get a fúll réfund.",
      })
  void shouldFindPromisesHoweverTheyAreObfuscated(String text) {
    assertThat(check(text))
        .anySatisfy(
            f -> {
              assertThat(f.message()).contains("full refund");
              assertThat(f.reviewer()).isEqualTo("pr");
            });
  }
}
