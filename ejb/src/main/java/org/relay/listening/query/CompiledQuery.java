package org.relay.listening.query;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@link QueryDefinition} ready to test posts: a post matches when its text matches the
 * expression, its language is one of the query's languages (any language when the query names none)
 * and its text does not match the exclusions.
 *
 * <p>Languages are compared by their primary subtag, ignoring case: {@code en}, {@code EN} and
 * {@code en-GB} are all English. A post whose language is not known passes only a query that names
 * no language.
 */
public final class CompiledQuery {

  private final QueryDefinition definition;
  private final ListeningQuery query;
  private final ListeningQuery exclusions;
  private final Set<String> languages;

  private CompiledQuery(QueryDefinition definition) {
    this.definition = definition;
    this.query = ListeningQuery.parse(definition.expression(), "expression");
    this.exclusions =
        definition.exclusions() == null || definition.exclusions().isBlank()
            ? null
            : ListeningQuery.parse(definition.exclusions(), "exclusions");
    this.languages =
        definition.languages().stream()
            .map(CompiledQuery::primaryLanguage)
            .flatMap(Optional::stream)
            .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Parses the expression and the exclusions.
   *
   * @throws QuerySyntaxException on the field {@code expression} or {@code exclusions}, whichever
   *     cannot be read (the expression is read first)
   */
  public static CompiledQuery compile(QueryDefinition definition) {
    return new CompiledQuery(Objects.requireNonNull(definition, "definition"));
  }

  /** Whether a post with this text and language (ISO 639-1, or {@code null}) matches. */
  public boolean matches(String text, String language) {
    return matches(TokenizedText.of(text), language);
  }

  /** Whether a post with this already tokenized text and language matches. */
  public boolean matches(TokenizedText text, String language) {
    return acceptsLanguage(language)
        && query.matches(text)
        && (exclusions == null || !exclusions.matches(text));
  }

  public QueryDefinition definition() {
    return definition;
  }

  public ListeningQuery query() {
    return query;
  }

  public Optional<ListeningQuery> exclusions() {
    return Optional.ofNullable(exclusions);
  }

  private boolean acceptsLanguage(String language) {
    return languages.isEmpty() || primaryLanguage(language).filter(languages::contains).isPresent();
  }

  private static Optional<String> primaryLanguage(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    return primary.isEmpty() ? Optional.empty() : Optional.of(primary);
  }

  @Override
  public String toString() {
    return definition.name() + ": " + query + (exclusions == null ? "" : " except " + exclusions);
  }
}
