package org.relay.listening.query;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A listening query: the rule an admin writes to decide which posts become mentions.
 *
 * <h2>Terms</h2>
 *
 * <ul>
 *   <li><b>Word</b>: {@code dell} matches the whole word only: "Dell", "DELL's" and "#Dell" but not
 *       "Dellwood".
 *   <li><b>Phrase</b>: {@code "battery died"} matches those words one right after the other.
 *       Typographic quotes ({@code “battery died”}) work too.
 *   <li><b>Prefix</b>: {@code refund*} matches every word that starts with "refund": "refund",
 *       "refunds", "refunded". The {@code *} must come right after a letter or digit and end the
 *       word; {@code *fund} and {@code re*fund} are refused. It also works inside a phrase: {@code
 *       "money back*"} matches "money backwards".
 *   <li><b>Hashtag</b>: {@code #dellfail} matches only the hashtag "#DellFail", not the plain word
 *       (but the word {@code dellfail} does match the hashtag). {@code #dell*} matches every
 *       hashtag that starts with "#dell". Hashtags are {@code #} followed by letters, digits or
 *       {@code _}.
 *   <li><b>Handle</b>: {@code @dellcares} matches the handle "@DellCares", also when written with
 *       its server ("@dellcares@mastodon.social"); {@code @dellcares@mastodon.social} matches only
 *       that full handle. An e-mail address such as "help@dellcares.com" holds no handle.
 * </ul>
 *
 * <h2>Operators</h2>
 *
 * <ul>
 *   <li>{@code a AND b}: both. Terms side by side are joined by AND: {@code dell laptop} is {@code
 *       dell AND laptop}.
 *   <li>{@code a OR b}: either.
 *   <li>{@code NOT a}: the post must not contain {@code a}. {@code -a}, with the minus sign right
 *       before the term, means the same: {@code dell -refurbished}.
 *   <li>{@code ( … )} groups. Without parentheses NOT binds tightest, then AND, then OR: {@code a
 *       OR b c} is {@code a OR (b AND c)}, and {@code NOT a b} is {@code (NOT a) AND b}.
 * </ul>
 *
 * <p>Only the upper-case words {@code AND}, {@code OR} and {@code NOT} are operators; {@code and},
 * {@code or} and {@code not} are ordinary words, and {@code "AND"} in quotes searches for the word.
 * A minus sign inside a word is not an operator ({@code e-mail} is a word, see below).
 *
 * <h2>How text is compared</h2>
 *
 * <p>Upper and lower case, accents and compatibility forms do not matter: {@code cafe} matches
 * "Café", "CAFÉ" and "ｃａｆｅ", {@code strasse} matches "Straße". Accents are dropped, not spelled
 * out: {@code uberweisung} matches "Überweisung", {@code ueberweisung} does not.
 *
 * <p>A word is a run of letters and digits, of any script. Everything else (spaces, punctuation,
 * hyphens, apostrophes, slashes, underscores, emoji and other symbols) separates words, in the post
 * and in the query alike. So {@code xps-13} and {@code "xps 13"} are the same phrase and match
 * "XPS-13", "xps 13" and "XPS/13", while {@code xps13} matches only "XPS13". {@code dell} matches
 * "Dell's" and {@code "<b>Dell</b>"} (markup is not interpreted; tag names are just more words).
 * Scripts written without spaces between words (Chinese, Japanese, Thai) form one word per run, so
 * match them with a prefix ({@code 戴尔*}) or a whole run.
 *
 * <h2>Examples</h2>
 *
 * <ul>
 *   <li>{@code dell laptop}: posts with both words, anywhere.
 *   <li>{@code dell (laptop OR "xps 13") -refurbished}: Dell laptops or XPS 13s, not refurbished
 *       ones.
 *   <li>{@code "customer service" (awful OR terrible OR worst)}: complaints about service.
 *   <li>{@code #dellfail OR @dellcares}: the campaign hashtag or posts addressed to the support
 *       account.
 *   <li>{@code refund* NOT "refund policy"}: refunds, refunded, refunding, but not posts quoting
 *       the refund policy.
 * </ul>
 *
 * <p>{@link #toString()} shows the query as it is understood, with every AND and every grouping
 * spelled out: {@code dell (laptop OR "XPS 13") -refurbished} reads {@code dell AND (laptop OR "xps
 * 13") AND NOT refurbished}.
 *
 * <h2>Limits</h2>
 *
 * <p>At most {@value #MAX_LENGTH} characters and {@value #MAX_DEPTH} levels of parentheses and NOTs
 * inside one another. Errors name the problem and the 1-based position of the character where it
 * is, for example "missing closing parenthesis opened at 12".
 *
 * <p>Instances are immutable and safe to share between threads. Evaluating one costs time in
 * proportion to the query and the text, without backtracking; tokenize the post once with {@link
 * TokenizedText#of} to test it against many queries.
 */
public final class ListeningQuery {

  /** The longest expression accepted, in characters. */
  public static final int MAX_LENGTH = 2000;

  /** How many parentheses and NOTs may be nested inside one another. */
  public static final int MAX_DEPTH = 50;

  private final String expression;
  private final Node root;
  private final Set<String> terms;

  private ListeningQuery(String expression, Node root) {
    this.expression = expression;
    this.root = root;
    Set<String> positive = new LinkedHashSet<>();
    root.collectTerms(true, positive);
    this.terms = Collections.unmodifiableSet(positive);
  }

  /**
   * Reads an expression.
   *
   * @throws QuerySyntaxException if it is empty, too long, too deep or not well formed; its error
   *     is on the field {@code expression}
   */
  public static ListeningQuery parse(String expression) {
    return parse(expression, "expression");
  }

  /** Reads an expression held in the named field (the field is reported with any error). */
  static ListeningQuery parse(String expression, String field) {
    return new ListeningQuery(expression, QueryParser.parse(expression, field));
  }

  /** Whether the post's text matches; {@code null} is read as an empty text. */
  public boolean matches(String text) {
    return matches(TokenizedText.of(text));
  }

  /** Whether the already tokenized text matches. */
  public boolean matches(TokenizedText text) {
    return root.matches(Objects.requireNonNull(text, "text"));
  }

  /** The expression as the admin wrote it. */
  public String expression() {
    return expression;
  }

  /**
   * The terms a matching post contains (those not negated), in normal form and in the order
   * written, for highlighting: words and hashtags folded ({@code cafe}, {@code #dellfail}), phrases
   * as their words joined by one space ({@code xps 13}), prefixes ending in {@code *} ({@code
   * refund*}).
   */
  public Set<String> terms() {
    return terms;
  }

  /** The normal form: folded terms, every AND written out, nested groups in parentheses. */
  @Override
  public String toString() {
    return root.toString();
  }
}
