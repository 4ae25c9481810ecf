package org.relay.guidelines.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relay.guidelines.rules.Rules.draft;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relay.guidelines.Finding;
import org.relay.guidelines.Severity;

class ConfidentialityRuleTest {

  private final GuidelineRule rule =
      ConfidentialityRule.TYPE.build(
          Map.of("terms", List.of("Project Falcon", "Falcon", "Nimbus 2", "Acme Corp")));

  @Test
  void shouldSendAConfidentialTermToLegalNamingIt() {
    List<Finding> findings = rule.check(draft("I work at Relay: project falcon fixes this."));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("confidentiality");
              assertThat(f.severity()).isEqualTo(Severity.NEEDS_REVIEW);
              assertThat(f.reviewer()).isEqualTo("legal");
              assertThat(f.message()).contains("Project Falcon");
              assertThat(f.fix()).isNotBlank();
              assertThat(f.policyLink()).endsWith("#confidentiality");
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PROJECT FALCON is close",
        "Fal\u200Bcon is coming",
        "ＦＡＬＣＯＮ is coming",
        "Fálcón is coming",
        "F\u0430lc\u043En is coming",
        "c o n f i d e n t i a l: f a l c o n",
        "F.a.l.c.o.n ships soon",
        "F-A-L-C-O-N ships soon",
        "f4lc0n ships soon",
        "n1mbus 2 is in testing",
        "ACME corp moved over",
        "p r o j e c t f a l c o n",
      })
  void shouldSeeATermHoweverItIsWritten(String text) {
    assertThat(rule.check(draft("I work at Relay. " + text)))
        .extracting(Finding::ruleId)
        .containsExactly("confidentiality");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I love falconry photos",
        "Nimbus clouds today",
        "Nimbus 20 is a different product",
        "Acme is a cartoon company",
        "Our cloud is fast",
      })
  void shouldNotMistakeOtherWordsForATerm(String text) {
    assertThat(rule.check(draft("I work at Relay. " + text))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Our revenue grew to $12 million last quarter.",
        "ARR is now €4.5m.",
        "We made $3bn in the year.",
        "The new app launches on March 3.",
        "It ships by Q3, promise.",
        "The redesign goes live on 12/05.",
      })
  void shouldSendFiguresAndUnannouncedDatesToLegal(String text) {
    List<Finding> findings =
        ConfidentialityRule.TYPE.withDefaults().check(draft("I work at Relay. " + text));

    assertThat(findings)
        .singleElement()
        .satisfies(f -> assertThat(f.reviewer()).isEqualTo("legal"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Your plan costs $12 a month.",
        "The app is in final testing and ships this quarter.",
        "Internships open every February.",
        "It was back at 9:10.",
        "We refunded 2 payments.",
      })
  void shouldLeaveOrdinaryNumbersAndDatesAlone(String text) {
    assertThat(ConfidentialityRule.TYPE.withDefaults().check(draft("I work at Relay. " + text)))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "This is c o n f i d e n t i a l.",
        "This is c.o.n.f.i.d.e.n.t.i.a.l.",
        "This is C-O-N-F-I-D-E-N-T-I-A-L.",
        "This is CoNfIdEnTiAl.",
        "This is ｃｏｎｆｉｄｅｎｔｉａｌ.",
        "This is 𝐜𝐨𝐧𝐟𝐢𝐝𝐞𝐧𝐭𝐢𝐚𝐥.",
        "This is cönfidéntiâl.",
        "This is co\u0301nfidential.",
        "This is \u0441\u043Enfidential.",
        "This is c\u200Bonfidential.",
        "This is c0nf1dent1al.",
      })
  void shouldFindATermHoweverItIsObfuscated(String text) {
    GuidelineRule confidential =
        ConfidentialityRule.TYPE.build(Map.of("terms", List.of("confidential")));

    assertThat(confidential.check(draft("I work at Relay. " + text)))
        .extracting(Finding::ruleId)
        .containsExactly("confidentiality");
  }

  @Test
  void shouldNameOnlyTheTermFoundNotTheList() {
    List<Finding> findings = rule.check(draft("I work at Relay: falcon is close."));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message() + f.why() + f.fix())
                    .contains("Falcon")
                    .doesNotContain("Nimbus")
                    .doesNotContain("Acme"));
  }
}
