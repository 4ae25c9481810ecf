package org.relay.listening.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a query expression into tokens: parentheses, quoted phrases, the keywords AND, OR and NOT
 * (upper case only), the {@code -} shorthand for NOT and bare words. Positions are 1-based indexes
 * into the expression, as an admin counts characters in the editor.
 */
final class QueryLexer {

  enum Kind {
    WORD,
    PHRASE,
    OPEN,
    CLOSE,
    AND,
    OR,
    NOT,
    END
  }

  /**
   * One token; {@code text} is the raw word, the phrase between its quotes, or the operator as
   * written ({@code NOT} or {@code -}).
   */
  record Token(Kind kind, String text, int position) {

    boolean startsTerm() {
      return kind == Kind.WORD || kind == Kind.PHRASE || kind == Kind.OPEN || kind == Kind.NOT;
    }
  }

  /** Straight quotes and the typographic ones word processors put in when an admin pastes. */
  private static final String QUOTES = "\"“”„";

  private final String expression;
  private final String field;
  private final List<Token> tokens = new ArrayList<>();

  private QueryLexer(String expression, String field) {
    this.expression = expression;
    this.field = field;
  }

  /** The tokens of the expression, ending with an {@link Kind#END} token. */
  static List<Token> tokenize(String expression, String field) {
    QueryLexer lexer = new QueryLexer(expression, field);
    lexer.run();
    return lexer.tokens;
  }

  private void run() {
    int i = 0;
    while (i < expression.length()) {
      char c = expression.charAt(i);
      if (isSpace(i)) {
        i += Character.charCount(expression.codePointAt(i));
      } else if (c == '(' || c == ')') {
        tokens.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), i + 1));
        i++;
      } else if (QUOTES.indexOf(c) >= 0) {
        i = phrase(i);
      } else if (c == '-') {
        if (i + 1 == expression.length() || isSpace(i + 1) || expression.charAt(i + 1) == ')') {
          throw QuerySyntaxException.at(field, "- needs a term directly after it", i + 1);
        }
        tokens.add(new Token(Kind.NOT, "-", i + 1));
        i++;
      } else {
        i = word(i);
      }
    }
    tokens.add(new Token(Kind.END, "", expression.length() + 1));
  }

  private int phrase(int open) {
    int close = open + 1;
    while (close < expression.length() && QUOTES.indexOf(expression.charAt(close)) < 0) {
      close++;
    }
    if (close == expression.length()) {
      throw QuerySyntaxException.at(field, "unterminated quote", open + 1);
    }
    tokens.add(new Token(Kind.PHRASE, expression.substring(open + 1, close), open + 1));
    return close + 1;
  }

  private int word(int start) {
    int end = start;
    while (end < expression.length() && !endsWord(end)) {
      end += Character.charCount(expression.codePointAt(end));
    }
    String text = expression.substring(start, end);
    Kind kind =
        switch (text) {
          case "AND" -> Kind.AND;
          case "OR" -> Kind.OR;
          case "NOT" -> Kind.NOT;
          default -> Kind.WORD;
        };
    tokens.add(new Token(kind, text, start + 1));
    return end;
  }

  private boolean endsWord(int i) {
    char c = expression.charAt(i);
    return isSpace(i) || c == '(' || c == ')' || QUOTES.indexOf(c) >= 0;
  }

  private boolean isSpace(int i) {
    int cp = expression.codePointAt(i);
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }
}
