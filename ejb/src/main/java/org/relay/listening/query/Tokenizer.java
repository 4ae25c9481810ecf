package org.relay.listening.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one place that decides what a word is, used for post texts and for the words of a query
 * alike, so that both sides always agree. Hand-written scanners, no regular expressions: every
 * method is a single pass over its input.
 */
final class Tokenizer {

  private Tokenizer() {}

  /**
   * Folds text for comparison: compatibility decomposition (NFKD, so {@code ﬁ} becomes {@code fi}
   * and full-width letters become ASCII), case folding (upper then lower case, so {@code ß} and
   * {@code SS} agree) and removal of combining marks and invisible format characters (accents, soft
   * hyphens, zero-width joiners), so {@code Café} and {@code cafe} are the same word.
   */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String cased = decomposed.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    StringBuilder folded = new StringBuilder(cased.length());
    cased.codePoints().filter(cp -> !isIgnorable(cp)).forEach(folded::appendCodePoint);
    return folded.toString();
  }

  /** The words of folded text: maximal runs of letters and digits; everything else separates. */
  static List<String> words(String folded) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      if (isWordChar(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        words.add(folded.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      words.add(folded.substring(start));
    }
    return words;
  }

  /**
   * The hashtags and handles in folded text, with their sigil. A handle written with its server
   * ({@code @ana@mastodon.social}) yields both the full handle and the short one ({@code @ana}).
   */
  static Set<String> tags(String folded) {
    Set<String> tags = new LinkedHashSet<>();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c == '#' || c == '@') && (i == 0 || !isTagChar(folded.codePointBefore(i)))) {
        int shortEnd = bodyEnd(folded, i + 1);
        if (shortEnd > i + 1) {
          tags.add(folded.substring(i, shortEnd));
          int fullEnd = tagEnd(folded, i);
          if (fullEnd > shortEnd) {
            tags.add(folded.substring(i, fullEnd));
          }
        }
      }
    }
    return tags;
  }

  /**
   * Where the hashtag or handle starting with the sigil at {@code start} ends, or -1 if there is
   * none: {@code #} or {@code @} and one or more letters, digits or underscores; a handle may go on
   * with {@code @server.name} (letters, digits and underscores, joined by single dots or hyphens).
   */
  static int tagEnd(String folded, int start) {
    char sigil = folded.charAt(start);
    if (sigil != '#' && sigil != '@') {
      return -1;
    }
    int end = bodyEnd(folded, start + 1);
    if (end == start + 1) {
      return -1;
    }
    if (sigil == '@' && end < folded.length() && folded.charAt(end) == '@') {
      int server = serverEnd(folded, end + 1);
      if (server > end + 1) {
        return server;
      }
    }
    return end;
  }

  static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp);
  }

  private static boolean isTagChar(int cp) {
    return isWordChar(cp) || cp == '_';
  }

  private static int bodyEnd(String folded, int from) {
    int i = from;
    while (i < folded.length() && isTagChar(folded.codePointAt(i))) {
      i += Character.charCount(folded.codePointAt(i));
    }
    return i;
  }

  private static int serverEnd(String folded, int from) {
    int end = bodyEnd(folded, from);
    while (end > from && end + 1 < folded.length()) {
      char joiner = folded.charAt(end);
      int next = bodyEnd(folded, end + 1);
      if ((joiner != '.' && joiner != '-') || next == end + 1) {
        break;
      }
      end = next;
    }
    return end;
  }

  private static boolean isIgnorable(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.FORMAT;
  }
}
