package org.relay.listening.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizedTextTest {

  @Test
  void shouldCutWordsAtPunctuationHyphensAndApostrophes() {
    TokenizedText text = TokenizedText.of("Dell's XPS-13, fixed/replaced (again)!");

    assertThat(text.words())
        .containsExactly("dell", "s", "xps", "13", "fixed", "replaced", "again");
  }

  @Test
  void shouldFoldCaseAccentsAndCompatibilityForms() {
    TokenizedText text = TokenizedText.of("CAFÉ Straße ﬁle ＸＰＳ naïve");

    assertThat(text.words()).containsExactly("cafe", "strasse", "file", "xps", "naive");
  }

  @Test
  void shouldTreatEmojiAndSymbolsAsSeparators() {
    TokenizedText text = TokenizedText.of("dell🙄fail 👍🏽great 👨‍👩‍👧 ★ © support");

    assertThat(text.words()).containsExactly("dell", "fail", "great", "support");
  }

  @Test
  void shouldKeepWordsJoinedAcrossSoftHyphensAndZeroWidthCharacters() {
    TokenizedText text = TokenizedText.of("re\u00ADfund for\u200Bward");

    assertThat(text.words()).containsExactly("refund", "forward");
  }

  @Test
  void shouldKeepHashtagsAndHandlesWithTheirSigil() {
    TokenizedText text = TokenizedText.of("#DellFail thanks @Dell_Cares, ##xps and #1");

    assertThat(text.tags()).containsExactlyInAnyOrder("#dellfail", "@dell_cares", "#xps", "#1");
    assertThat(text.words()).contains("dellfail", "dell", "cares");
  }

  @Test
  void shouldKeepAFediverseHandleBothWithAndWithoutItsServer() {
    TokenizedText text = TokenizedText.of("cc @ana@mastodon.social.");

    assertThat(text.tags()).containsExactlyInAnyOrder("@ana", "@ana@mastodon.social");
  }

  @Test
  void shouldNotReadEmailAddressesOrSharpSuffixesAsTags() {
    TokenizedText text = TokenizedText.of("write to help@dell.com about C# and # alone");

    assertThat(text.tags()).isEmpty();
  }

  @Test
  void shouldReadNullAndEmptyTextAsNoWords() {
    assertThat(TokenizedText.of(null).words()).isEmpty();
    assertThat(TokenizedText.of("").tags()).isEmpty();
  }
}
