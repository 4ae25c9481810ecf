package org.relay.guidelines.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relay.guidelines.Finding;
import org.relay.guidelines.Severity;

class AuthenticityRuleTest {

  private static final String CANNED =
      "Thanks for reaching out! We're sorry for the trouble. Our team is looking into it and will"
          + " get back to you as soon as possible.";

  private final GuidelineRule rule = AuthenticityRule.TYPE.withDefaults();
  private final List<SimilarText> corpus =
      List.of(
          text("the canned message \"We're on it\"", CANNED),
          text(
              "a reply published on 2026-03-01",
              "Hi Hannah, I work at Relay on the billing team. Go to Settings, Billing, Invoice"
                  + " history, pick the year, and Download all gives you a ZIP of the PDFs."));

  @Test
  void shouldFlagANearCopyOfACannedMessageAsVeryHighNamingIt() {
    List<Finding> findings = check("Hi Ana, I work at Relay. " + CANNED);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("authenticity");
              assertThat(f.severity()).isEqualTo(Severity.WARN);
              assertThat(f.signal()).isEqualTo("very-high");
              assertThat(f.message())
                  .contains("almost word for word")
                  .contains("the canned message \"We're on it\"")
                  .contains("Thanks for reaching out!");
              assertThat(f.fix()).contains("your own words");
              assertThat(f.policyLink()).endsWith("#tone");
            });
  }

  @Test
  void shouldWarnAboutAParaphraseOfStockWordingWithoutCallingItVeryHigh() {
    List<Finding> findings =
        check(
            "I work at Relay support: thanks for reaching out, sorry for the trouble, our team is"
                + " looking into it and will get back to you soon.");

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message()).startsWith("The reply reads much like");
              assertThat(f.signal()).isNull();
            });
  }

  @Test
  void shouldNameARecentReplyItResembles() {
    List<Finding> findings =
        check(
            "Hi Tom, I work at Relay on the billing team. Go to Settings, Billing, Invoice history,"
                + " pick the year, and Download all gives you a ZIP of the PDFs.");

    assertThat(findings)
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("a reply published on 2026-03-01"));
  }

  @Test
  void shouldLeaveAReplyInTheAuthorsOwnWordsAlone() {
    assertThat(
            check(
                "I work at Relay support. The export button moved to Settings, then Data; pick CSV"
                    + " and you're done. Sorry it was hard to find!"))
        .isEmpty();
  }

  @Test
  void shouldSeeThroughCaseAndWidthWhenComparing() {
    assertThat(check(("Hi Ana, I work at Relay. " + CANNED).toUpperCase()))
        .singleElement()
        .satisfies(f -> assertThat(f.signal()).isEqualTo("very-high"));
  }

  @Test
  void shouldNotCompareRepliesShorterThanTheMinimum() {
    GuidelineRule strict = AuthenticityRule.TYPE.build(Map.of("minLength", 500));

    assertThat(strict.check(new DraftUnderCheck(CANNED, "WEBHOOK", 5000, null, corpus))).isEmpty();
  }

  @Test
  void shouldFollowTheAdministratorsThresholds() {
    GuidelineRule lenient =
        AuthenticityRule.TYPE.build(Map.of("similarity", 0.95, "veryHigh", 0.99));

    assertThat(
            lenient.check(
                new DraftUnderCheck(
                    "I work at Relay support: thanks for reaching out, sorry for the trouble, our"
                        + " team is looking into it and will get back to you soon.",
                    "WEBHOOK",
                    5000,
                    null,
                    corpus)))
        .isEmpty();
  }

  private List<Finding> check(String text) {
    return rule.check(new DraftUnderCheck(text, "WEBHOOK", 5000, null, corpus));
  }

  private static SimilarText text(String source, String text) {
    return new SimilarText(source, text.substring(0, 40), Shingles.profile(text));
  }
}
