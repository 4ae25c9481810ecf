package org.relay.listening.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListeningQueryNormalFormTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
          (dell (laptop OR "XPS 13")) -refurbished | (dell AND (laptop OR "xps 13")) AND NOT refurbished
          dell laptop                              | dell AND laptop
          dell OR hp laptop                        | dell OR (hp AND laptop)
          (dell OR hp) laptop                      | (dell OR hp) AND laptop
          NOT dell laptop                          | NOT dell AND laptop
          NOT (dell laptop)                        | NOT (dell AND laptop)
          ((dell))                                 | dell
          a OR b OR c                              | a OR b OR c
          (a OR b) OR c                            | (a OR b) OR c
          -"for sale"                              | NOT "for sale"
          --dell                                   | NOT NOT dell
          Café REFUND*                             | cafe AND refund*
          xps-13                                   | "xps 13"
          "Dell"                                   | dell
          “money back*”                            | "money back*"
          '#DellFail OR @DellCares@Mastodon.Social' | #dellfail OR @dellcares@mastodon.social
          "AND" or not                             | and AND or AND not
          """)
  void shouldShowTheQueryAsItIsUnderstood(String expression, String normalForm) {
    assertThat(ListeningQuery.parse(expression)).hasToString(normalForm);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
          (dell (laptop OR "XPS 13")) -refurbished
          NOT (a OR b c) d OR -(e f*)
          "AND" or not #x* @y@z.social xps-1*
          """)
  void shouldReadTheNormalFormBackAsTheSameQuery(String expression) {
    String normalForm = ListeningQuery.parse(expression).toString();

    assertThat(ListeningQuery.parse(normalForm)).hasToString(normalForm);
  }

  @Test
  void shouldListThePositiveTermsForHighlighting() {
    ListeningQuery query =
        ListeningQuery.parse("Dell (laptop OR \"XPS 13\") refund* #DellFail -refurbished");

    assertThat(query.terms()).containsExactly("dell", "laptop", "xps 13", "refund*", "#dellfail");
  }

  @Test
  void shouldCountTermsUnderTwoNegationsAsPositive() {
    ListeningQuery query = ListeningQuery.parse("NOT (spam OR NOT dell) hp");

    assertThat(query.terms()).containsExactly("dell", "hp");
  }
}
