package org.relay.listening.query;

import java.util.Set;

/**
 * A listening query as an admin saves it.
 *
 * @param name what the admin calls it
 * @param expression which posts it selects, in the syntax of {@link ListeningQuery}
 * @param languages the ISO 639-1 codes of the languages it listens to ({@code en}, {@code de});
 *     empty (or {@code null}) for any language
 * @param exclusions posts to leave out even when the expression matches, in the same syntax, or
 *     {@code null} or blank for none
 */
public record QueryDefinition(
    String name, String expression, Set<String> languages, String exclusions) {

  public QueryDefinition {
    languages = languages == null ? Set.of() : Set.copyOf(languages);
  }
}
