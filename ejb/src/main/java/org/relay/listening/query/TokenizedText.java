package org.relay.listening.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A post's text, folded and cut into words once so that it can be tested against every listening
 * query cheaply. Words are the runs of letters and digits after folding (case, accents and
 * compatibility forms removed); every other character, punctuation, hyphens, apostrophes, emoji and
 * other symbols, only separates words. Hashtags and handles are kept as well, with their sigil.
 *
 * <p>For example {@code "Mon XPS-13 est cassé 😡 #DellFail @Dell_Support"} has the words {@code
 * mon, xps, 13, est, casse, dellfail, dell, support} and the tags {@code #dellfail,
 * @dell_support}.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class TokenizedText {

  private static final TokenizedText EMPTY = new TokenizedText("");

  private final List<String> words;
  private final Map<String, List<Integer>> positions;
  private final String[] sortedWords;
  private final Set<String> tags;
  private final String[] sortedTags;

  private TokenizedText(String text) {
    String folded = Tokenizer.fold(text);
    words = List.copyOf(Tokenizer.words(folded));
    tags = Collections.unmodifiableSet(Tokenizer.tags(folded));
    positions = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      positions.computeIfAbsent(words.get(i), w -> new ArrayList<>()).add(i);
    }
    sortedWords = positions.keySet().toArray(String[]::new);
    Arrays.sort(sortedWords);
    sortedTags = tags.toArray(String[]::new);
    Arrays.sort(sortedTags);
  }

  /** Tokenizes a post's text; {@code null} is read as an empty text. */
  public static TokenizedText of(String text) {
    return text == null || text.isEmpty() ? EMPTY : new TokenizedText(text);
  }

  List<String> words() {
    return words;
  }

  Set<String> tags() {
    return tags;
  }

  boolean containsTag(String tag, boolean prefix) {
    return prefix ? !prefixed(sortedTags, tag).isEmpty() : tags.contains(tag);
  }

  /** Whether the words appear one right after the other somewhere in the text. */
  boolean containsSequence(List<WordPattern> sequence) {
    WordPattern first = sequence.get(0);
    List<String> candidates =
        first.prefix()
            ? prefixed(sortedWords, first.word())
            : positions.containsKey(first.word()) ? List.of(first.word()) : List.of();
    for (String candidate : candidates) {
      for (int start : positions.get(candidate)) {
        if (continuesAt(sequence, start)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean continuesAt(List<WordPattern> sequence, int start) {
    if (start + sequence.size() > words.size()) {
      return false;
    }
    for (int i = 1; i < sequence.size(); i++) {
      if (!sequence.get(i).matches(words.get(start + i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The entries of a sorted array that start with the prefix: a binary search, then a short run.
   */
  private static List<String> prefixed(String[] sorted, String prefix) {
    int from = Arrays.binarySearch(sorted, prefix);
    if (from < 0) {
      from = -from - 1;
    }
    int to = from;
    while (to < sorted.length && sorted[to].startsWith(prefix)) {
      to++;
    }
    return Arrays.asList(sorted).subList(from, to);
  }

  @Override
  public String toString() {
    return String.join(" ", words);
  }
}
