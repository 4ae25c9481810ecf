package org.relay.listening.classify;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells which of Relay's languages a mention is written in, with Lingua's n-gram models, or nothing
 * when the text is too short or too ambiguous to say.
 *
 * <p>Building the detector loads Lingua's models for the languages below into memory, once per
 * class loader: 3 to 10 s and 250 MiB of heap on a 2-core machine, so the application shares one
 * instance. High-accuracy mode is kept because mentions are short, where it matters most; low
 * accuracy mode would need about 10 MiB but told fewer short posts apart. Thread-safe: the models
 * are loaded up front and then only read. Lingua spreads each detection over the common fork-join
 * pool, which suits pure computation like this.
 */
@ApplicationScoped
public class LanguageDetector {

  /**
   * The languages told apart, as ISO 639-1 codes: the ones Relay's teams answer in. Fewer
   * candidates make detection faster and more accurate; a text in another language comes out as the
   * closest of these or, more often, as none.
   */
  public static final List<String> LANGUAGES =
      List.of("en", "de", "fr", "es", "it", "nl", "pt", "sv", "pl", "ja");

  /**
   * How far apart the likeliest language must be from the runner-up (Lingua's relative distance, 0
   * to 1) for an answer. Without it Lingua always answers; with it, "Danke" (German or Dutch?)
   * gives none.
   */
  static final double MINIMUM_RELATIVE_DISTANCE = 0.1;

  /** Only the opening is read: it tells the language as well as the whole, at a bounded cost. */
  static final int MAX_CHARS = 1_000;

  /** Links, @handles (also Mastodon's @user@server) and #hashtags, which are in no language. */
  private static final Pattern NOT_LANGUAGE =
      Pattern.compile(
          "(?:https?://|www\\.)\\S+|(?<![\\p{L}\\p{N}_])[@#][\\p{L}\\p{N}_]+(?:@[\\p{L}\\p{N}_.-]+)?");

  private final com.github.pemistahl.lingua.api.LanguageDetector lingua;

  public LanguageDetector() {
    lingua =
        LanguageDetectorBuilder.fromIsoCodes639_1(
                LANGUAGES.stream()
                    .map(code -> IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT)))
                    .toArray(IsoCode639_1[]::new))
            .withMinimumRelativeDistance(MINIMUM_RELATIVE_DISTANCE)
            .withPreloadedLanguageModels()
            .build();
  }

  /**
   * Frees the models and Lingua's threads when the application stops: the models are held
   * statically (about 250 MB), and a redeployment must not keep the old ones alive.
   */
  @PreDestroy
  void release() {
    lingua.unloadLanguageModels();
    lingua.destroy();
  }

  /** The ISO 639-1 code (lower case) of the text's language, or empty when it cannot be told. */
  public Optional<String> detect(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String words = NOT_LANGUAGE.matcher(Texts.opening(text, MAX_CHARS)).replaceAll(" ").strip();
    if (words.codePoints().noneMatch(Character::isLetter)) {
      return Optional.empty();
    }
    Language language = lingua.detectLanguageOf(words);
    if (language == Language.UNKNOWN) {
      return Optional.empty();
    }
    return Optional.of(language.getIsoCode639_1().name().toLowerCase(Locale.ROOT));
  }
}
