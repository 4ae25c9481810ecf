package org.relay.listening.query;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A parsed listening query: a tree of terms joined by AND, OR and NOT. Chains written without
 * parentheses ({@code a b c}, {@code a OR b OR c}) are one node with many operands, so a long query
 * makes a wide tree rather than a deep one; the parser caps the depth.
 */
sealed interface Node {

  boolean matches(TokenizedText text);

  /** Adds the terms that must be present for a match (those under an even number of NOTs). */
  void collectTerms(boolean positive, Set<String> terms);

  /**
   * The normal form; nested AND and OR operands are always parenthesised, so nothing is implicit.
   */
  @Override
  String toString();

  private static String operand(Node node) {
    return node instanceof AllOf || node instanceof AnyOf ? "(" + node + ")" : node.toString();
  }

  record AllOf(List<Node> operands) implements Node {
    @Override
    public boolean matches(TokenizedText text) {
      return operands.stream().allMatch(operand -> operand.matches(text));
    }

    @Override
    public void collectTerms(boolean positive, Set<String> terms) {
      operands.forEach(operand -> operand.collectTerms(positive, terms));
    }

    @Override
    public String toString() {
      return operands.stream().map(Node::operand).collect(Collectors.joining(" AND "));
    }
  }

  record AnyOf(List<Node> operands) implements Node {
    @Override
    public boolean matches(TokenizedText text) {
      return operands.stream().anyMatch(operand -> operand.matches(text));
    }

    @Override
    public void collectTerms(boolean positive, Set<String> terms) {
      operands.forEach(operand -> operand.collectTerms(positive, terms));
    }

    @Override
    public String toString() {
      return operands.stream().map(Node::operand).collect(Collectors.joining(" OR "));
    }
  }

  record Not(Node operand) implements Node {
    @Override
    public boolean matches(TokenizedText text) {
      return !operand.matches(text);
    }

    @Override
    public void collectTerms(boolean positive, Set<String> terms) {
      operand.collectTerms(!positive, terms);
    }

    @Override
    public String toString() {
      return "NOT " + Node.operand(operand);
    }
  }

  /** A word, or a phrase of words that must follow one another. */
  record Words(List<WordPattern> sequence) implements Node {
    @Override
    public boolean matches(TokenizedText text) {
      return text.containsSequence(sequence);
    }

    @Override
    public void collectTerms(boolean positive, Set<String> terms) {
      if (positive) {
        terms.add(sequence.stream().map(WordPattern::toString).collect(Collectors.joining(" ")));
      }
    }

    @Override
    public String toString() {
      String words = sequence.stream().map(WordPattern::toString).collect(Collectors.joining(" "));
      return sequence.size() == 1 ? words : '"' + words + '"';
    }
  }

  /** A hashtag or handle, with its sigil. */
  record Tag(WordPattern tag) implements Node {
    @Override
    public boolean matches(TokenizedText text) {
      return text.containsTag(tag.word(), tag.prefix());
    }

    @Override
    public void collectTerms(boolean positive, Set<String> terms) {
      if (positive) {
        terms.add(tag.toString());
      }
    }

    @Override
    public String toString() {
      return tag.toString();
    }
  }
}
