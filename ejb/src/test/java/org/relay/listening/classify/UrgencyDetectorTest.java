package org.relay.listening.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class UrgencyDetectorTest {

  private final UrgencyDetector defaults = new UrgencyDetector();

  @Test
  void shouldFlagConfiguredWordsIgnoringCase() {
    assertThat(defaults.isUrgent("Need this fixed ASAP!!!")).isTrue();
    assertThat(defaults.isUrgent("URGENT: cannot pay my bill")).isTrue();
    assertThat(defaults.isUrgent("Is the site down? 🙄")).isTrue();
    assertThat(defaults.isUrgent("Third outage this week")).isTrue();
    assertThat(defaults.isUrgent("My lawyer will hear about this")).isTrue();
  }

  @Test
  void shouldMatchWholeWordsOnly() {
    assertThat(defaults.isUrgent("The download page is great")).isFalse();
    assertThat(defaults.isUrgent("Countdown to the launch")).isFalse();
    assertThat(defaults.isUrgent("Downtime-free upgrade, nice")).isFalse();
    assertThat(defaults.isUrgent("down-to-earth support staff")).isTrue();
  }

  @Test
  void shouldMatchAPhraseOnlyAsAWholeAcrossAnyWhitespace() {
    assertThat(defaults.isUrgent("I want a REFUND NOW")).isTrue();
    assertThat(defaults.isUrgent("refund\n  now, please")).isTrue();
    assertThat(defaults.isUrgent("Got my refund, thanks")).isFalse();
    assertThat(defaults.isUrgent("refund nowhere to be seen")).isFalse();
  }

  @Test
  void shouldUseOnlyTheConfiguredWords() {
    UrgencyDetector detector = new UrgencyDetector(List.of("Störung", "sofort"));

    assertThat(detector.isUrgent("STÖRUNG im Netz")).isTrue();
    assertThat(detector.isUrgent("Bitte sofort!")).isTrue();
    assertThat(detector.isUrgent("Störungsmeldung gelesen")).isFalse();
    assertThat(detector.isUrgent("urgent")).isFalse();
  }

  @Test
  void shouldTreatRegexCharactersInWordsLiterally() {
    UrgencyDetector detector = new UrgencyDetector(List.of("a.s.a.p", "24/7 down"));

    assertThat(detector.isUrgent("please a.s.a.p")).isTrue();
    assertThat(detector.isUrgent("please axsxaxp")).isFalse();
    assertThat(detector.isUrgent("your 24/7 down again")).isTrue();
  }

  @Test
  void shouldNeverFlagWithoutWordsOrText() {
    UrgencyDetector nothingConfigured = new UrgencyDetector(Arrays.asList(" ", "", null));

    assertThat(nothingConfigured.isUrgent("urgent outage asap")).isFalse();
    assertThat(defaults.isUrgent(null)).isFalse();
    assertThat(defaults.isUrgent("   ")).isFalse();
  }
}
