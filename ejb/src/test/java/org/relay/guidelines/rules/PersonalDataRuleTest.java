package org.relay.guidelines.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relay.guidelines.rules.Rules.draft;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relay.guidelines.Finding;

class PersonalDataRuleTest {

  private final GuidelineRule rule = PersonalDataRule.TYPE.withDefaults();

  private List<Finding> check(String text) {
    return rule.check(draft("I work at Relay support. " + text));
  }

  @Test
  void shouldBlockAPhoneNumberAndSayToAskForItPrivately() {
    List<Finding> findings = check("Call me on +49 30 1234567 and we sort it out.");

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("personal-data");
              assertThat(f.blocks()).isTrue();
              assertThat(f.message()).contains("phone number").contains("+49 30 1234567");
              assertThat(f.fix()).contains("send it privately");
              assertThat(f.policyLink()).endsWith("#privacy");
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Reach us at +1 (415) 555-0132.",
        "Ring 0049 30 1234567 today.",
        "Ruf an: +33 1 23 45 67 89",
        "Our London desk: 020 7946 0958.",
        "Call 030 1234567 please.",
        "Mon portable : 06 12 34 56 78",
        "My cell is (415) 555-0132.",
        "call me at 4155550132",
        "+44\u00A020\u00A07946\u00A00958 any time",
        "＋４９ ３０ １２３４５６７ any time",
      })
  void shouldFindPhoneNumbersOfAnyRegion(String text) {
    assertThat(check(text))
        .extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("phone number"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Your plan costs $1,299.99 a year.",
        "That is 1.234.567 EUR in total.",
        "The invoice is dated 2024-03-15.",
        "We were back at 7:00 and fixed it by 9:10.",
        "Version 12.4.1 fixes it; 250000 users have it.",
        "The build 20240315 is out.",
        "It happened 3 times in 24 hours.",
        "We shipped 1200000 units in 2024.",
        "We sold 2500000 pieces by 2025.",
        "It costs 1 299 000 EUR, since 1999.",
        "Between 1990 and 2024 we grew 1234567 users.",
      })
  void shouldNotMistakePricesDatesOrVersionsForPhoneNumbers(String text) {
    assertThat(check(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Your order #A-1234567 is on its way.",
        "Order number 123456789 shipped.",
        "I found account no. 88231177 in our system.",
        "Your ticket 55512345 is open.",
        "Card 4111 1111 1111 1111 was charged.",
        "Pay to DE89 3704 0044 0532 0130 00 please.",
      })
  void shouldBlockOrderAccountAndCardNumbersWithoutCallingThemPhoneNumbers(String text) {
    assertThat(check(text))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("order, account or card number"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Write to jane.doe@example.com.",
        "Write to JANE.DOE@EXAMPLE.COM",
        "Write to jürgen@exämple.de",
        "write to jane (at) example (dot) com",
        "write to jane[at]example[dot]com",
        "write to jane@\u200Bexample.com",
      })
  void shouldBlockEmailAddressesAlsoWhenSpelledOut(String text) {
    assertThat(check(text))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("e-mail address"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "See https://relay.example@evil.com/login",
        "See http://support:secret@relay.example/help",
      })
  void shouldLeaveTheUserInfoOfAWebAddressToTheLinkRule(String text) {
    assertThat(check(text)).isEmpty();
  }

  @Test
  void shouldStillFindAnEmailAddressNextToAWebAddressOrAfterMailto() {
    assertThat(check("See https://relay.example/help or write to mailto:jane@example.com"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("e-mail address"));
  }

  @Test
  void shouldNotTakeAFediverseHandleForAnEmailAddress() {
    assertThat(check("Thanks @grace@fake.social, and see you @ the meetup.")).isEmpty();
  }

  @Test
  void shouldLookForNationalNumbersOnlyInTheConfiguredRegions() {
    GuidelineRule usOnly = PersonalDataRule.TYPE.build(Map.of("phoneRegions", List.of("US")));

    assertThat(usOnly.check(draft("I work at Relay. Call (415) 555-0132."))).hasSize(1);
    assertThat(usOnly.check(draft("I work at Relay. Ruf 030 1234567 an."))).isEmpty();
    assertThat(usOnly.check(draft("I work at Relay. Ruf +49 30 1234567 an."))).hasSize(1);
  }

  @Test
  void shouldFindANationalNumberOnlyWhereItIsValid() {
    GuidelineRule germanOnly = PersonalDataRule.TYPE.build(Map.of("phoneRegions", List.of("DE")));

    assertThat(germanOnly.check(draft("I work at Relay. Ruf 030 1234567 an."))).hasSize(1);
    assertThat(germanOnly.check(draft("I work at Relay. Ruf 030 12 an, Zimmer 4567."))).isEmpty();
  }

  @Test
  void shouldFindSeveralNumbersInOneText() {
    List<PhoneNumbers.Found> found =
        new PhoneNumbers(List.of("ALL"))
            .in("Call 030 1234567 or +44 20 7946 0958, or my cell (415) 555-0132.");

    assertThat(found)
        .extracting(PhoneNumbers.Found::raw)
        .containsExactly("030 1234567", "+44 20 7946 0958", "(415) 555-0132");
  }
}
