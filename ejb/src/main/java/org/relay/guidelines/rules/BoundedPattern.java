package org.relay.guidelines.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular expression an administrator entered, evaluated on a budget. Java's regex engine
 * backtracks; it remembers where simple repetitions failed, so {@code (a+)+b} or {@code (a|a)*b}
 * cost only quadratic time, but a pattern such as {@code (a+a+)+b}, {@code (.*a){20}} or a
 * back-reference inside a repetition still takes polynomial time of high degree or exponential time
 * on a short text (ReDoS); every live check would then hang a request thread. The matcher reads the
 * text through a {@link CharSequence} that counts the characters read and gives up once the budget
 * is spent, so a check costs at most a fixed multiple of the text's length. Patterns are also tried
 * on hostile probe texts when they are saved, so most such patterns are refused before they ever
 * run.
 */
public final class BoundedPattern {

  /** Characters the matcher may read per character of text, and at least. */
  static final long STEPS_PER_CHARACTER = 1_000;

  /**
   * Enough for an ordinary pattern that reads a run twice over (such as {@code [a-z0-9]+@[a-z]+},
   * quadratic on a long run of letters) to pass the 1,000-character probes, which it does in about
   * 1.5 million reads; a pattern of cubic or worse cost needs hundreds of millions there.
   */
  static final long MIN_STEPS = 5_000_000;

  /**
   * Texts that make nested or overlapping repetitions backtrack without end: long runs of one kind
   * of character, each ended by a control character that no pattern expects, so that the
   * repetitions try every way to split the run before they give up.
   */
  private static final List<String> PROBES =
      List.of(
          "a".repeat(1000) + "\u0001",
          "1".repeat(1000) + "\u0001",
          " ".repeat(1000) + "\u0001",
          "a1 ".repeat(330) + "\u0001",
          "a ".repeat(500) + "\u0001",
          "a-".repeat(500) + "\u0001",
          "a.".repeat(500) + "\u0001",
          "aA1_".repeat(250) + "\u0001");

  private final String source;
  private final Pattern pattern;

  private BoundedPattern(String source, Pattern pattern) {
    this.source = source;
    this.pattern = pattern;
  }

  /**
   * Compiles a pattern, matched case-insensitively and Unicode-aware.
   *
   * @throws IllegalArgumentException saying what is wrong: not a regular expression, matches an
   *     empty text (and so everywhere), or too slow on some texts
   */
  public static BoundedPattern compile(String regex) {
    Pattern pattern;
    try {
      pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "the pattern " + regex + " is not a valid regular expression: " + e.getDescription());
    }
    BoundedPattern bounded = new BoundedPattern(regex, pattern);
    if (pattern.matcher("").matches()) {
      throw new IllegalArgumentException(
          "the pattern " + regex + " matches an empty text, so it would match everywhere");
    }
    for (String probe : PROBES) {
      try {
        bounded.findAll(probe);
      } catch (TooComplex e) {
        throw new IllegalArgumentException(
            "the pattern "
                + regex
                + " takes too long on some texts (repetitions inside repetitions such as (a+a+)+"
                + " or (.*a){20}, and back-references inside a repetition, backtrack without"
                + " end): write it without repeating a repetition");
      }
    }
    return bounded;
  }

  public String source() {
    return source;
  }

  /**
   * The first match in the text.
   *
   * @throws TooComplex when the budget for this text is spent before an answer
   */
  public Optional<MatchResult> find(String text) {
    Matcher matcher = pattern.matcher(new Budgeted(text, budgetFor(text)));
    return matcher.find() ? Optional.of(matcher.toMatchResult()) : Optional.empty();
  }

  /**
   * Every match in the text, in order.
   *
   * @throws TooComplex when the budget for this text is spent before an answer
   */
  public List<MatchResult> findAll(String text) {
    Matcher matcher = pattern.matcher(new Budgeted(text, budgetFor(text)));
    List<MatchResult> all = new ArrayList<>();
    while (matcher.find()) {
      all.add(matcher.toMatchResult());
    }
    return all;
  }

  static long budgetFor(String text) {
    return Math.max(MIN_STEPS, text.length() * STEPS_PER_CHARACTER);
  }

  @Override
  public String toString() {
    return source;
  }

  /** The pattern spent its budget on a text: it backtracks too much to give an answer. */
  public static final class TooComplex extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooComplex() {
      super("The pattern ran out of its evaluation budget", null, false, false);
    }
  }

  /** The text, read through a shared countdown of the characters the matcher may still read. */
  private static final class Budgeted implements CharSequence {

    private final CharSequence text;
    private final long[] left;

    Budgeted(CharSequence text, long budget) {
      this(text, new long[] {budget});
    }

    private Budgeted(CharSequence text, long[] left) {
      this.text = text;
      this.left = left;
    }

    @Override
    public char charAt(int index) {
      if (--left[0] < 0) {
        throw new TooComplex();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Budgeted(text.subSequence(start, end), left);
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
