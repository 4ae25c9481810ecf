package org.relay.guidelines.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizerTest {

  @Test
  void shouldFoldCaseAccentsWidthAndInvisibleCharacters() {
    assertThat(Normalizer.fold("ＦÁＬ\u200Bcón  IS\tHere")).isEqualTo("falcon is here");
  }

  @Test
  void shouldReadCyrillicAndGreekLookAlikesAsLatinLetters() {
    // "Fаlcоn" with a Cyrillic a and o, "Νimbus" with a Greek capital nu.
    assertThat(Normalizer.fold("F\u0430lc\u043En")).isEqualTo("falcon");
    assertThat(Normalizer.fold("\u039Dimbus")).isEqualTo("nimbus");
  }

  @Test
  void shouldJoinLettersSpelledApartForTerms() {
    assertThat(Normalizer.forTerms("this is c o n f i d e n t i a l stuff"))
        .isEqualTo("this is confidential stuff");
    assertThat(Normalizer.forTerms("F.a.l.c.o.n")).isEqualTo("falcon");
    assertThat(Normalizer.forTerms("N-i-m-b-u-s")).isEqualTo("nimbus");
  }

  @Test
  void shouldReadDigitsInsideWordsAsLettersButLeaveNumbersAlone() {
    assertThat(Normalizer.forTerms("F4LC0N ships in 2027")).isEqualTo("falcon ships in 2027");
    assertThat(Normalizer.forTerms("Nimbus 2")).isEqualTo("nimbus 2");
  }

  @Test
  void shouldNotJoinOrdinaryShortWords() {
    assertThat(Normalizer.forTerms("I am at a loss")).isEqualTo("i am at a loss");
  }
}
