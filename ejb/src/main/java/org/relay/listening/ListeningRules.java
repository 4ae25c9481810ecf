package org.relay.listening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.relay.listening.query.CompiledQuery;
import org.relay.listening.query.QueryDefinition;
import org.relay.shared.SettingsCache;

/**
 * The administrators' listening configuration, compiled for use on every post: topics, urgency and
 * crisis terms, and the enabled listening queries. Rebuilt after a change on this node commits, and
 * at least every 30 seconds so that the other nodes of a cluster follow.
 */
@ApplicationScoped
public class ListeningRules {

  private static final Duration MAX_AGE = Duration.ofSeconds(30);

  @PersistenceContext private EntityManager em;

  private final SettingsCache<Snapshot> cache = new SettingsCache<>(MAX_AGE);

  /** The configuration as it stood at most 30 seconds ago. */
  public Snapshot current() {
    return cache.get(this::load);
  }

  void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) ListeningRulesChanged event) {
    cache.changed();
  }

  private Snapshot load() {
    Map<String, List<String>> topics = new LinkedHashMap<>();
    for (Topic topic : em.createNamedQuery("Topic.findAll", Topic.class).getResultList()) {
      topics.put(topic.getName(), TopicClassifier.splitList(topic.getKeywords()));
    }
    List<CompiledRule> queries =
        em.createNamedQuery("SavedQuery.findEnabled", SavedQuery.class).getResultList().stream()
            .map(
                q ->
                    new CompiledRule(
                        q.getId(),
                        q.getName(),
                        CompiledQuery.compile(
                            new QueryDefinition(
                                q.getName(),
                                q.getExpression(),
                                languages(q.getLanguages()),
                                q.getExclusions()))))
            .toList();
    return new Snapshot(
        new TopicClassifier(topics),
        List.copyOf(topics.keySet()),
        TopicClassifier.wholeWordsOf(terms(ListeningTerm.Kind.URGENCY)),
        TopicClassifier.wholeWordsOf(terms(ListeningTerm.Kind.CRISIS)),
        queries);
  }

  private List<String> terms(ListeningTerm.Kind kind) {
    return em
        .createNamedQuery("ListeningTerm.findByKind", ListeningTerm.class)
        .setParameter("kind", kind)
        .getResultList()
        .stream()
        .map(ListeningTerm::getTerm)
        .toList();
  }

  static Set<String> languages(String list) {
    if (list == null || list.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(list.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** One enabled listening query, compiled. */
  public record CompiledRule(long id, String name, CompiledQuery query) {}

  /** The compiled configuration at one moment. */
  public record Snapshot(
      TopicClassifier topics,
      List<String> topicNames,
      Pattern urgency,
      Pattern crisisTerms,
      List<CompiledRule> queries) {}
}
