package org.relay.listening.channels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void shouldKeepParagraphsAndLineBreaksOfHtml() {
    String text = PlainText.fromHtml("<p>Hello <b>world</b></p><p>Line one<br>Line   two</p>");

    assertThat(text).isEqualTo("Hello world\n\nLine one\nLine two");
  }

  @Test
  void shouldNeverCutAnEmojiInHalfWhenCapping() {
    String emoji = "😀".repeat(PlainText.MAX_CHARS);

    String capped = PlainText.cap("x" + emoji);

    assertThat(capped).endsWith("…").hasSizeLessThanOrEqualTo(PlainText.MAX_CHARS);
    assertThat(capped.substring(1, capped.length() - 1)).matches("(😀)+");
  }

  @Test
  void shouldGiveTwoLetterLanguageCodesOnly() {
    assertThat(PlainText.languageCode("en-US")).isEqualTo("en");
    assertThat(PlainText.languageCode("DE_at")).isEqualTo("de");
    assertThat(PlainText.languageCode("kab")).isNull();
    assertThat(PlainText.languageCode(" ")).isNull();
  }
}
