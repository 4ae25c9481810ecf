package org.relay.listening.query;

import static org.relay.listening.query.ListeningQuery.MAX_DEPTH;
import static org.relay.listening.query.ListeningQuery.MAX_LENGTH;

import java.util.ArrayList;
import java.util.List;
import org.relay.listening.query.QueryLexer.Kind;
import org.relay.listening.query.QueryLexer.Token;

/**
 * Recursive descent over the tokens, one method per precedence level:
 *
 * <pre>
 * or      = and { "OR" and }
 * and     = unary { ["AND"] unary }          adjacent terms are joined by AND
 * unary   = ("NOT" | "-") unary | primary
 * primary = "(" or ")" | word | phrase
 * </pre>
 *
 * Every error names the token it stopped at. Each parenthesis and each NOT adds a level; past
 * {@link ListeningQuery#MAX_DEPTH} levels the parser refuses, so neither it nor the evaluation can
 * overflow the stack.
 */
final class QueryParser {

  private final String field;
  private final List<Token> tokens;
  private int next;

  private QueryParser(String field, List<Token> tokens) {
    this.field = field;
    this.tokens = tokens;
  }

  static Node parse(String expression, String field) {
    if (expression == null || expression.isBlank()) {
      throw QuerySyntaxException.whole(field, "empty query");
    }
    if (expression.length() > MAX_LENGTH) {
      throw QuerySyntaxException.whole(
          field,
          "query has " + expression.length() + " characters, at most " + MAX_LENGTH + " allowed");
    }
    List<Token> tokens = QueryLexer.tokenize(expression, field);
    if (tokens.size() == 1) { // only non-breaking spaces, which String.isBlank does not count
      throw QuerySyntaxException.whole(field, "empty query");
    }
    QueryParser parser = new QueryParser(field, tokens);
    Node root = parser.or(0);
    Token rest = parser.peek();
    if (rest.kind() != Kind.END) {
      throw parser.error("closing parenthesis without an opening one", rest);
    }
    return root;
  }

  private Node or(int depth) {
    List<Node> operands = new ArrayList<>();
    operands.add(and(depth));
    while (peek().kind() == Kind.OR) {
      requireTermAfter(take(), "OR needs a term after it");
      operands.add(and(depth));
    }
    return operands.size() == 1 ? operands.get(0) : new Node.AnyOf(List.copyOf(operands));
  }

  private Node and(int depth) {
    List<Node> operands = new ArrayList<>();
    operands.add(unary(depth));
    while (true) {
      if (peek().kind() == Kind.AND) {
        requireTermAfter(take(), "AND needs a term after it");
      } else if (!peek().startsTerm()) {
        break;
      }
      operands.add(unary(depth));
    }
    return operands.size() == 1 ? operands.get(0) : new Node.AllOf(List.copyOf(operands));
  }

  private Node unary(int depth) {
    if (peek().kind() != Kind.NOT) {
      return primary(depth);
    }
    Token not = take();
    requireTermAfter(
        not,
        "-".equals(not.text()) ? "- needs a term directly after it" : "NOT needs a term after it");
    requireDepth(depth, not);
    return new Node.Not(unary(depth + 1));
  }

  private Node primary(int depth) {
    Token token = take();
    switch (token.kind()) {
      case WORD:
        return WordTerms.word(token, field);
      case PHRASE:
        return WordTerms.phrase(token, field);
      case OPEN:
        requireDepth(depth, token);
        if (peek().kind() == Kind.CLOSE) {
          throw error("empty parentheses", token);
        }
        Node inner = or(depth + 1);
        if (peek().kind() != Kind.CLOSE) {
          throw error("missing closing parenthesis opened", token);
        }
        take();
        return inner;
      case AND:
      case OR:
        throw error(token.text() + " needs a term before it", token);
      case CLOSE:
        throw error("closing parenthesis without an opening one", token);
      default:
        throw error("a term is missing", token);
    }
  }

  private void requireTermAfter(Token operator, String problem) {
    if (!peek().startsTerm()) {
      throw error(problem, operator);
    }
  }

  private void requireDepth(int depth, Token token) {
    if (depth >= MAX_DEPTH) {
      throw error("nested more than " + MAX_DEPTH + " levels deep", token);
    }
  }

  private Token peek() {
    return tokens.get(next);
  }

  private Token take() {
    return tokens.get(next++);
  }

  private QuerySyntaxException error(String problem, Token token) {
    return QuerySyntaxException.at(field, problem, token.position());
  }
}
