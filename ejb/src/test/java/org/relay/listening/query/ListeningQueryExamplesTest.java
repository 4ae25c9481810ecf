package org.relay.listening.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The queries admins are likely to write, against the posts they are meant for (and not). */
class ListeningQueryExamplesTest {

  @ParameterizedTest(name = "[{0}] on \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
          dell                                    | I love my Dell                          | true
          dell                                    | Dellwood is a street                    | false
          dell                                    | DELL!!!                                 | true
          dell laptop                             | laptop from dell                        | true
          dell laptop                             | dell desktop                            | false
          dell OR hp                              | the HP one                              | true
          dell OR hp laptop                       | dell                                    | true
          dell OR hp laptop                       | hp                                      | false
          (dell OR hp) laptop                     | dell                                    | false
          dell -refurbished                       | refurbished Dell                        | false
          dell NOT refurbished                    | brand new Dell                          | true
          dell -(sale OR deal)                    | Dell deal of the day                    | false
          "battery died"                          | my battery died today                   | true
          "battery died"                          | the battery has died                    | false
          "xps 13"                                | XPS-13 overheating                      | true
          xps-13                                  | xps 13 overheating                      | true
          xps13                                   | XPS 13 overheating                      | false
          refund*                                 | Still not refunded                      | true
          refund*                                 | ref und                                 | false
          '#dellfail'                             | another #DellFail today                 | true
          '#dellfail'                             | dellfail                                | false
          @dellcares                              | hey @DellCares help                     | true
          @dellcares                              | mail support@dellcares.com              | false
          cafe                                    | Ce CAFÉ est froid                       | true
          "service client"                        | Le Service-Client ne répond pas         | true
          überweisung                             | UEBERWEISUNG fehlgeschlagen             | false
          ueberweisung OR uberweisung             | Überweisung fehlgeschlagen              | true
          dell                                    | 🔥Dell🔥 is on fire                     | true
          support                                 | <p>Support was <b>great</b></p>         | true
          dell and hp                             | dell hp                                 | false
          NOT spam                                | nothing to see                          | true
          NOT spam                                | SPAM spam                               | false
          "customer service" (awful OR terrible)  | Customer service was awful              | true
          "customer service" (awful OR terrible)  | Customer service was fine               | false
          """)
  void shouldMatchAsAnAdminExpects(String query, String text, boolean expected) {
    assertThat(ListeningQuery.parse(query).matches(text)).isEqualTo(expected);
  }
}
