package org.relay.guidelines.rules;

import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds text so that rules see through how it is written: compatibility forms (full-width and
 * mathematical letters), invisible format characters (zero-width spaces and joiners), accents,
 * case, typographic apostrophes, common Cyrillic and Greek look-alikes of Latin letters, and runs
 * of white space. {@link #forTerms} goes further for term lists: digits and symbols used as letters
 * inside words ({@code f4lc0n}) and letters spelled apart ({@code c o n f i d e n t i a l}, {@code
 * F.a.l.c.o.n}).
 */
public final class Normalizer {

  private static final Pattern FORMAT_CHARACTERS = Pattern.compile("[\\p{Cf}\\u00AD]");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Letters written apart by single spaces, dots, dashes, underscores or middle dots. */
  private static final Pattern SPELLED_APART =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}(?:[ .\\-_*·]\\p{L}){2,}(?![\\p{L}\\p{N}])");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}@$]+");

  private static final Map<Character, Character> LOOK_ALIKES =
      Map.ofEntries(
          Map.entry('а', 'a'),
          Map.entry('в', 'b'),
          Map.entry('е', 'e'),
          Map.entry('ё', 'e'),
          Map.entry('к', 'k'),
          Map.entry('м', 'm'),
          Map.entry('н', 'h'),
          Map.entry('о', 'o'),
          Map.entry('р', 'p'),
          Map.entry('с', 'c'),
          Map.entry('т', 't'),
          Map.entry('у', 'y'),
          Map.entry('х', 'x'),
          Map.entry('і', 'i'),
          Map.entry('ј', 'j'),
          Map.entry('ѕ', 's'),
          Map.entry('α', 'a'),
          Map.entry('β', 'b'),
          Map.entry('ε', 'e'),
          Map.entry('ι', 'i'),
          Map.entry('κ', 'k'),
          Map.entry('ν', 'v'),
          Map.entry('ο', 'o'),
          Map.entry('ρ', 'p'),
          Map.entry('τ', 't'),
          Map.entry('υ', 'u'),
          Map.entry('χ', 'x'));

  /** Capitals first: a Greek capital nu looks like N, its small letter like v. */
  private static final Map<Character, Character> CAPITAL_LOOK_ALIKES =
      Map.ofEntries(
          Map.entry('А', 'A'),
          Map.entry('В', 'B'),
          Map.entry('Е', 'E'),
          Map.entry('К', 'K'),
          Map.entry('М', 'M'),
          Map.entry('Н', 'H'),
          Map.entry('О', 'O'),
          Map.entry('Р', 'P'),
          Map.entry('С', 'C'),
          Map.entry('Т', 'T'),
          Map.entry('Х', 'X'),
          Map.entry('І', 'I'),
          Map.entry('Ј', 'J'),
          Map.entry('Ѕ', 'S'),
          Map.entry('Α', 'A'),
          Map.entry('Β', 'B'),
          Map.entry('Ε', 'E'),
          Map.entry('Ζ', 'Z'),
          Map.entry('Η', 'H'),
          Map.entry('Ι', 'I'),
          Map.entry('Κ', 'K'),
          Map.entry('Μ', 'M'),
          Map.entry('Ν', 'N'),
          Map.entry('Ο', 'O'),
          Map.entry('Ρ', 'P'),
          Map.entry('Τ', 'T'),
          Map.entry('Υ', 'Y'),
          Map.entry('Χ', 'X'));

  private static final Map<Character, Character> LEET =
      Map.of('0', 'o', '1', 'i', '3', 'e', '4', 'a', '5', 's', '7', 't', '@', 'a', '$', 's');

  private Normalizer() {}

  /** Lower case, without accents, format characters or look-alikes; white space collapsed. */
  public static String fold(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String compatible = java.text.Normalizer.normalize(text, Form.NFKC);
    compatible = FORMAT_CHARACTERS.matcher(compatible).replaceAll("");
    StringBuilder capitals = new StringBuilder(compatible.length());
    for (int i = 0; i < compatible.length(); i++) {
      char c = compatible.charAt(i);
      capitals.append(CAPITAL_LOOK_ALIKES.getOrDefault(c, c));
    }
    String lower = capitals.toString().toLowerCase(Locale.ROOT);
    StringBuilder latin = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      latin.append(LOOK_ALIKES.getOrDefault(c, c));
    }
    String decomposed = java.text.Normalizer.normalize(latin, Form.NFD);
    String plain =
        MARKS.matcher(decomposed).replaceAll("").replace('\u2019', '\'').replace('\u2018', '\'');
    return SPACES.matcher(plain).replaceAll(" ").strip();
  }

  /**
   * {@link #fold} plus what hides a term: letters spelled apart are joined, and in words that
   * contain a letter, digits and symbols that stand for letters are read as those letters (a number
   * on its own stays a number).
   */
  public static String forTerms(String text) {
    String folded = fold(text);
    Matcher apart = SPELLED_APART.matcher(folded);
    StringBuilder joined = new StringBuilder();
    while (apart.find()) {
      apart.appendReplacement(
          joined, Matcher.quoteReplacement(apart.group().replaceAll("[ .\\-_*·]", "")));
    }
    apart.appendTail(joined);
    Matcher word = WORD.matcher(joined);
    StringBuilder read = new StringBuilder();
    while (word.find()) {
      word.appendReplacement(read, Matcher.quoteReplacement(readAsLetters(word.group())));
    }
    word.appendTail(read);
    return read.toString();
  }

  /**
   * The runs of letters spelled apart in the text, each joined into one word and read like {@link
   * #forTerms} reads words: "a s t u p i d" gives "astupid", where a term can hide inside.
   */
  public static List<String> spelledApart(String text) {
    Matcher apart = SPELLED_APART.matcher(fold(text));
    List<String> runs = new ArrayList<>();
    while (apart.find()) {
      runs.add(readAsLetters(apart.group().replaceAll("[ .\\-_*·]", "")));
    }
    return runs;
  }

  private static String readAsLetters(String word) {
    if (word.chars().noneMatch(Character::isLetter)) {
      return word;
    }
    StringBuilder letters = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      letters.append(LEET.getOrDefault(c, c));
    }
    return letters.toString();
  }
}
