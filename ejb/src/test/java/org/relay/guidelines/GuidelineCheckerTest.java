package org.relay.guidelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GuidelineCheckerTest {

  private final GuidelineChecker guidelines = new GuidelineChecker();

  @Test
  void shouldBlockAReplyThatDoesNotDiscloseTheAuthorsEmployer() {
    List<Finding> findings = guidelines.check("Sorry about that, it is fixed now.");

    assertThat(findings).extracting(Finding::ruleId).containsExactly("disclosure");
    Finding disclosure = findings.get(0);
    assertThat(disclosure.blocks()).isTrue();
    assertThat(disclosure.why()).isNotBlank();
    assertThat(disclosure.fix()).contains("#relayemployee");
    assertThat(disclosure.policyLink()).endsWith("#transparency");
  }

  @Test
  void shouldAcceptADisclosureInAnyCaseAndWithATypographicApostrophe() {
    assertThat(guidelines.check("I\u2019M WITH Relay support: the fix is live.")).isEmpty();
    assertThat(guidelines.check("Fixed now! #RelayEmployee")).isEmpty();
  }

  @Test
  void shouldSendAConfidentialTermToLegal() {
    List<Finding> findings =
        guidelines.check("I work at Relay: project falcon will solve this next year.");

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("confidentiality");
              assertThat(f.severity()).isEqualTo(Severity.NEEDS_REVIEW);
              assertThat(f.reviewer()).isEqualTo("legal");
              assertThat(f.message()).contains("Project Falcon");
            });
  }

  @Test
  void shouldSeeAConfidentialTermHiddenWithInvisibleCharacters() {
    List<Finding> findings = guidelines.check("I work at Relay: Fal\u200Bcon is coming.");

    assertThat(findings).extracting(Finding::ruleId).containsExactly("confidentiality");
  }

  @Test
  void shouldNotMistakeAWordContainingAConfidentialTermForIt() {
    assertThat(guidelines.check("I work at Relay and love falconry photos.")).isEmpty();
  }

  @Test
  void shouldSendAPromiseOfARefundToPr() {
    List<Finding> findings =
        guidelines.check("I work at Relay; you will get a FULL   refund today.");

    assertThat(findings).extracting(Finding::reviewer).containsExactly("pr");
  }
}
