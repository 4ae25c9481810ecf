package org.relay.listening.query;

import java.util.ArrayList;
import java.util.List;
import org.relay.listening.query.QueryLexer.Token;

/**
 * Turns a bare word or a quoted phrase of a query into a term, cutting it into words exactly as a
 * post's text is cut (so {@code xps-13} becomes the phrase {@code "xps 13"}) and reading the {@code
 * *} wildcard and the {@code #}/{@code @} sigils.
 */
final class WordTerms {

  private WordTerms() {}

  static Node word(Token token, String field) {
    String raw = token.text();
    if (raw.charAt(0) == '#' || raw.charAt(0) == '@') {
      return tag(token, field);
    }
    List<WordPattern> sequence = patterns(raw, token.position(), field);
    if (sequence.isEmpty()) {
      throw QuerySyntaxException.at(
          field, "'" + raw + "' has no letters or digits to match", token.position());
    }
    return new Node.Words(List.copyOf(sequence));
  }

  static Node phrase(Token token, String field) {
    if (token.text().isBlank()) {
      throw QuerySyntaxException.at(field, "empty phrase", token.position());
    }
    List<WordPattern> sequence = patterns(token.text(), token.position() + 1, field);
    if (sequence.isEmpty()) {
      throw QuerySyntaxException.at(
          field, "phrase has no letters or digits to match", token.position());
    }
    return new Node.Words(List.copyOf(sequence));
  }

  /**
   * The words of raw query text, each exact unless a {@code *} follows it directly. {@code
   * position} is where {@code raw} starts in the expression, for errors.
   */
  private static List<WordPattern> patterns(String raw, int position, String field) {
    List<WordPattern> sequence = new ArrayList<>();
    int from = 0;
    for (int star = raw.indexOf('*'); star >= 0; star = raw.indexOf('*', from)) {
      String folded = Tokenizer.fold(raw.substring(from, star));
      if (folded.isEmpty() || !Tokenizer.isWordChar(folded.codePointBefore(folded.length()))) {
        throw QuerySyntaxException.at(
            field, "wildcard * must follow a letter or digit", position + star);
      }
      if (star + 1 < raw.length() && Tokenizer.isWordChar(raw.codePointAt(star + 1))) {
        throw QuerySyntaxException.at(field, "wildcard * can only end a word", position + star);
      }
      List<String> words = Tokenizer.words(folded);
      for (int i = 0; i < words.size(); i++) {
        sequence.add(new WordPattern(words.get(i), i == words.size() - 1));
      }
      from = star + 1;
    }
    Tokenizer.words(Tokenizer.fold(raw.substring(from)))
        .forEach(word -> sequence.add(new WordPattern(word, false)));
    return sequence;
  }

  private static Node tag(Token token, String field) {
    String raw = token.text();
    boolean prefix = raw.endsWith("*");
    String tag = prefix ? raw.substring(0, raw.length() - 1) : raw;
    int star = tag.indexOf('*');
    if (star >= 0) {
      throw QuerySyntaxException.at(
          field, "wildcard * can only end a word", token.position() + star);
    }
    String folded = Tokenizer.fold(tag);
    if (Tokenizer.tagEnd(folded, 0) != folded.length()) {
      String problem =
          raw.charAt(0) == '#'
              ? "'" + raw + "' is not a hashtag (# then letters, digits or _)"
              : "'" + raw + "' is not a handle (@name or @name@server)";
      throw QuerySyntaxException.at(field, problem, token.position());
    }
    return new Node.Tag(new WordPattern(folded, prefix));
  }
}
