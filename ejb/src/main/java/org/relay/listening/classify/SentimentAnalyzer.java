package org.relay.listening.classify;

import com.vader.sentiment.util.Utils;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores how positive or negative a mention reads, with VADER, a lexicon and rule-based model made
 * for social-media text (negation, "!!!", ALL CAPS, boosters such as "so" and "kinda").
 *
 * <p>Thread-safe: VADER's analyser holds the text it scores, so each call makes its own; the
 * lexicon behind it is loaded once per class loader and only read.
 */
@ApplicationScoped
public class SentimentAnalyzer {

  /**
   * Only the opening of a long text is scored. VADER's cost grows faster than the text (roughly 0.1
   * s for 2,000 characters but 2 s for 20,000 on a 2-core machine), and its compound score is near
   * ±1 long before 2,000 characters anyway.
   */
  static final int MAX_CHARS = 2_000;

  private static final Pattern TOKEN = Pattern.compile("\\S+");
  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^[\\p{Punct}\\p{IsPunctuation}]+|[\\p{Punct}\\p{IsPunctuation}]+$");

  public Sentiment score(String text) {
    if (text == null || text.isBlank()) {
      return Sentiment.NONE;
    }
    com.vader.sentiment.analyzer.SentimentAnalyzer vader;
    try {
      vader = new com.vader.sentiment.analyzer.SentimentAnalyzer(prepare(text));
    } catch (IOException e) {
      throw new UncheckedIOException("VADER could not tokenize a string", e);
    }
    vader.analyze();
    Float compound = vader.getPolarity().get("compound");
    // Through the float's decimal form, so 0.7249f becomes 0.7249 rather than 0.72490000724...
    return Sentiment.of(compound == null ? 0 : Double.parseDouble(compound.toString()));
  }

  /**
   * Works around two flaws of this old port that current VADER has fixed, both common in posts:
   *
   * <ul>
   *   <li>It finds a word only when what follows it is in a short list, so "great...", "(great)"
   *       and "best!!!!!" scored 0. As current VADER does, punctuation is stripped from the edges
   *       of each word unless at most two characters would be left, which keeps emoticons such as
   *       ":)" and "<3" whole. The stripped "!" and "?" go to the end of the text, because VADER
   *       counts them anywhere in it for emphasis.
   *   <li>It recognises negations only in lower case, so "NOT GOOD" scored as praise. Just the
   *       negations are lower-cased, keeping the ALL CAPS emphasis of the words around them.
   * </ul>
   */
  static String prepare(String text) {
    Matcher token = TOKEN.matcher(Texts.opening(text, MAX_CHARS));
    StringBuilder words = new StringBuilder();
    StringBuilder emphasis = new StringBuilder();
    while (token.find()) {
      String word = token.group();
      String core = EDGE_PUNCTUATION.matcher(word).replaceAll("");
      if (core.codePointCount(0, core.length()) > 2) {
        int start = word.indexOf(core);
        (word.substring(0, start) + word.substring(start + core.length()))
            .chars()
            .filter(c -> c == '!' || c == '?')
            .forEach(emphasis::appendCodePoint);
        word = core;
      }
      token.appendReplacement(words, Matcher.quoteReplacement(lowerCaseIfNegation(word)));
    }
    token.appendTail(words);
    return emphasis.isEmpty() ? words.toString() : words + " " + emphasis;
  }

  private static String lowerCaseIfNegation(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return Utils.NEGATIVE_WORDS.contains(lower) || lower.endsWith("n't") ? lower : word;
  }
}
