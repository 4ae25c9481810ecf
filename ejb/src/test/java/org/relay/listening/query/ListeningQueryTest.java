package org.relay.listening.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListeningQueryTest {

  private static boolean matches(String query, String text) {
    return ListeningQuery.parse(query).matches(text);
  }

  @Test
  void shouldBindAndTighterThanOr() {
    assertThat(matches("dell OR hp laptop", "my dell desktop")).isTrue();
    assertThat(matches("dell OR hp laptop", "my hp desktop")).isFalse();
    assertThat(matches("dell OR hp laptop", "my hp laptop")).isTrue();
  }

  @Test
  void shouldBindNotTighterThanAnd() {
    assertThat(matches("NOT dell laptop", "hp laptop")).isTrue();
    assertThat(matches("NOT dell laptop", "dell laptop")).isFalse();
    assertThat(matches("NOT dell laptop", "hp desktop")).isFalse();
  }

  @Test
  void shouldLetParenthesesOverridePrecedence() {
    assertThat(matches("(dell OR hp) laptop", "my dell desktop")).isFalse();
    assertThat(matches("(dell OR hp) laptop", "my hp laptop")).isTrue();
    assertThat(matches("NOT (dell laptop)", "dell desktop")).isTrue();
  }

  @Test
  void shouldJoinAdjacentTermsWithAnd() {
    assertThat(matches("dell laptop", "laptop by dell")).isTrue();
    assertThat(matches("dell laptop", "dell desktop")).isFalse();
    assertThat(matches("dell \"battery died\"", "dell: battery died")).isTrue();
  }

  @Test
  void shouldExcludeWithNotAndMinus() {
    assertThat(matches("dell NOT refurbished", "refurbished dell")).isFalse();
    assertThat(matches("dell -refurbished", "refurbished dell")).isFalse();
    assertThat(matches("dell -refurbished", "new dell")).isTrue();
    assertThat(matches("dell -\"for sale\"", "dell for sale")).isFalse();
    assertThat(matches("dell -(sale OR deal)", "dell deal")).isFalse();
  }

  @Test
  void shouldTreatAHyphenInsideAWordAsASeparatorNotAsNot() {
    assertThat(matches("e-mail", "your E-Mail was lost")).isTrue();
    assertThat(matches("e-mail", "my mail was lost")).isFalse();
  }

  @Test
  void shouldReadLowerCaseOperatorsAsWords() {
    assertThat(matches("dell and hp", "dell hp")).isFalse();
    assertThat(matches("dell and hp", "dell and hp")).isTrue();
    assertThat(matches("not", "this is not fine")).isTrue();
    assertThat(matches("\"AND\"", "this and that")).isTrue();
  }

  @Test
  void shouldMatchPhraseOnlyAsConsecutiveWords() {
    assertThat(matches("\"battery died\"", "The battery died again")).isTrue();
    assertThat(matches("\"battery died\"", "the battery nearly died")).isFalse();
    assertThat(matches("\"battery died\"", "died battery")).isFalse();
  }

  @Test
  void shouldMatchPhraseAcrossHyphen() {
    assertThat(matches("\"xps 13\"", "my XPS-13 is broken")).isTrue();
    assertThat(matches("xps-13", "my xps 13 is broken")).isTrue();
    assertThat(matches("xps-13", "my xps13 is broken")).isFalse();
  }

  @Test
  void shouldMatchPhraseInTypographicQuotes() {
    assertThat(matches("“battery died”", "battery died")).isTrue();
  }

  @Test
  void shouldMatchPrefixWildcard() {
    assertThat(matches("refund*", "Refunded yet?")).isTrue();
    assertThat(matches("refund*", "two refunds")).isTrue();
    assertThat(matches("refund*", "refund")).isTrue();
    assertThat(matches("refund*", "a full ref")).isFalse();
    assertThat(matches("refund*", "nonrefundable")).isFalse();
  }

  @Test
  void shouldMatchPrefixWildcardInsideAPhrase() {
    assertThat(matches("\"money back*\"", "I want my money backwards")).isTrue();
    assertThat(matches("\"money back*\"", "money, please, back")).isFalse();
  }

  @Test
  void shouldMatchHashtagLiterallyAndOnlyAsHashtag() {
    assertThat(matches("#dellfail", "never again #DellFail")).isTrue();
    assertThat(matches("#dellfail", "a dellfail, really")).isFalse();
    assertThat(matches("#dellfail", "#dellfailure")).isFalse();
    assertThat(matches("dellfail", "never again #DellFail")).isTrue();
  }

  @Test
  void shouldMatchHashtagPrefix() {
    assertThat(matches("#dell*", "#DellFail")).isTrue();
    assertThat(matches("#dell*", "dellfail")).isFalse();
  }

  @Test
  void shouldMatchHandleWithOrWithoutItsServer() {
    assertThat(matches("@dellcares", "thanks @DellCares!")).isTrue();
    assertThat(matches("@dellcares", "thanks @dellcares@mastodon.social")).isTrue();
    assertThat(matches("@dellcares@mastodon.social", "thanks @dellcares@mastodon.social")).isTrue();
    assertThat(matches("@dellcares@mastodon.social", "thanks @dellcares")).isFalse();
    assertThat(matches("@dellcares", "mail help@dellcares.com")).isFalse();
  }

  @Test
  void shouldIgnoreCaseAndAccents() {
    assertThat(matches("cafe", "CAFÉ au lait")).isTrue();
    assertThat(matches("Café", "cafe au lait")).isTrue();
    assertThat(matches("STRASSE", "Hauptstraße")).isFalse();
    assertThat(matches("strasse", "Straße")).isTrue();
    assertThat(matches("istanbul", "İSTANBUL")).isTrue();
  }

  @Test
  void shouldMatchWholeWordsOnly() {
    assertThat(matches("dell", "Dellwood Avenue")).isFalse();
    assertThat(matches("dell", "Mendell")).isFalse();
    assertThat(matches("dell", "(Dell)")).isTrue();
    assertThat(matches("dell", "Dell's support")).isTrue();
  }

  @Test
  void shouldMatchWordsNextToEmoji() {
    assertThat(matches("dell", "😡Dell😡")).isTrue();
    assertThat(matches("\"dell support\"", "Dell 🙄 support")).isTrue();
    assertThat(matches("support", "👩🏽‍💻support")).isTrue();
  }

  @Test
  void shouldMatchWordsInHtmlIshText() {
    assertThat(matches("dell", "<b>Dell</b>")).isTrue();
    assertThat(matches("\"dell rocks\"", "<p>Dell rocks</p>")).isTrue();
    assertThat(matches("dell hp", "Dell&amp;HP")).isTrue();
    assertThat(matches("dell", "<a href=\"https://www.dell.com/x\">link</a>")).isTrue();
    assertThat(matches("bdell", "<b>Dell</b>")).isFalse();
  }

  @Test
  void shouldMatchNonLatinScripts() {
    assertThat(matches("ноутбук", "Мой НОУТБУК сломался")).isTrue();
    assertThat(matches("戴尔*", "戴尔电脑坏了")).isTrue();
  }

  @Test
  void shouldLetOneTokenizedTextServeManyQueries() {
    TokenizedText post = TokenizedText.of("My XPS 13 died, I want a refund #dellfail");

    assertThat(ListeningQuery.parse("\"xps 13\"").matches(post)).isTrue();
    assertThat(ListeningQuery.parse("refund*").matches(post)).isTrue();
    assertThat(ListeningQuery.parse("#dellfail").matches(post)).isTrue();
    assertThat(ListeningQuery.parse("inspiron").matches(post)).isFalse();
  }

  @Test
  void shouldReadNullTextAsEmpty() {
    assertThat(matches("dell", null)).isFalse();
    assertThat(matches("NOT dell", null)).isTrue();
  }

  @Test
  void shouldRefuseNullTokenizedText() {
    ListeningQuery query = ListeningQuery.parse("dell");

    assertThatNullPointerException().isThrownBy(() -> query.matches((TokenizedText) null));
  }

  @Test
  void shouldKeepTheExpressionAsWritten() {
    assertThat(ListeningQuery.parse("  Dell   -Refurbished ").expression())
        .isEqualTo("  Dell   -Refurbished ");
  }

  @Test
  void shouldEvaluateAWideQueryOfManyTerms() {
    String query =
        IntStream.range(0, 200).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR "));

    assertThat(ListeningQuery.parse(query).matches("this mentions w199")).isTrue();
    assertThat(ListeningQuery.parse(query).matches("this mentions w200")).isFalse();
  }
}
