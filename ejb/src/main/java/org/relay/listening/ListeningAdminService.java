package org.relay.listening;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.relay.listening.ListeningViews.QueryForm;
import org.relay.listening.ListeningViews.QueryPreview;
import org.relay.listening.ListeningViews.QueryView;
import org.relay.listening.ListeningViews.TopicView;
import org.relay.listening.query.CompiledQuery;
import org.relay.listening.query.QueryDefinition;
import org.relay.listening.query.TokenizedText;
import org.relay.shared.Actor;
import org.relay.shared.Checks;
import org.relay.shared.ConflictException;
import org.relay.shared.NotFoundException;
import org.relay.shared.Roles;

/**
 * Administrators' listening configuration: topics and their keywords, urgency and crisis terms, and
 * the listening queries that decide which polled posts become mentions. Everyone may read it.
 */
@Stateless
public class ListeningAdminService {

  private static final Pattern TOPIC_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
  private static final Pattern LANGUAGES =
      Pattern.compile("\\s*([a-z]{2}\\s*(,\\s*[a-z]{2}\\s*)*)?");
  private static final int PREVIEW_EXAMPLES = 5;

  @PersistenceContext private EntityManager em;
  @Inject RecentPosts recent;
  @Inject Event<ListeningRulesChanged> changed;

  public List<TopicView> topics() {
    return em.createNamedQuery("Topic.findAll", Topic.class).getResultList().stream()
        .map(t -> new TopicView(t.getName(), t.getKeywords(), t.getPosition()))
        .toList();
  }

  /** Adds the topic, or changes its keywords and position. */
  public TopicView saveTopic(Actor actor, TopicView form) {
    requireAdmin(actor);
    String message = "The topic was not saved.";
    if (form == null || form.name() == null || !TOPIC_NAME.matcher(form.name()).matches()) {
      throw Checks.invalid(message, "name", "lower-case letters, digits and dashes, at most 60");
    }
    List<String> keywords = TopicClassifier.splitList(form.keywords());
    if (keywords.isEmpty()) {
      throw Checks.invalid(message, "keywords", "give at least one keyword or phrase");
    }
    String normalised = String.join(", ", keywords);
    if (normalised.length() > 4000) {
      throw Checks.invalid(message, "keywords", "must be at most 4000 characters");
    }
    Topic topic =
        topic(form.name())
            .orElseGet(
                () -> {
                  Topic t = new Topic(form.name(), normalised, form.position());
                  em.persist(t);
                  return t;
                });
    topic.define(normalised, form.position());
    changed.fire(new ListeningRulesChanged("topic " + form.name()));
    return new TopicView(topic.getName(), topic.getKeywords(), topic.getPosition());
  }

  public void removeTopic(Actor actor, String name) {
    requireAdmin(actor);
    em.remove(topic(name).orElseThrow(() -> new NotFoundException("No topic " + name + ".")));
    changed.fire(new ListeningRulesChanged("topic " + name));
  }

  public List<String> terms(ListeningTerm.Kind kind) {
    return em
        .createNamedQuery("ListeningTerm.findByKind", ListeningTerm.class)
        .setParameter("kind", kind)
        .getResultList()
        .stream()
        .map(ListeningTerm::getTerm)
        .toList();
  }

  public void addTerm(Actor actor, ListeningTerm.Kind kind, String term) {
    requireAdmin(actor);
    String normalised = term == null ? "" : term.strip().toLowerCase(Locale.ROOT);
    if (normalised.isEmpty() || normalised.length() > 200) {
      throw Checks.invalid("The term was not added.", "term", "give a word or phrase of 1 to 200");
    }
    if (terms(kind).contains(normalised)) {
      throw new ConflictException("'" + normalised + "' is already a " + word(kind) + " term.");
    }
    em.persist(new ListeningTerm(kind, normalised));
    changed.fire(new ListeningRulesChanged(word(kind) + " terms"));
  }

  public void removeTerm(Actor actor, ListeningTerm.Kind kind, String term) {
    requireAdmin(actor);
    ListeningTerm found =
        em.createNamedQuery("ListeningTerm.findByKind", ListeningTerm.class)
            .setParameter("kind", kind)
            .getResultStream()
            .filter(t -> t.getTerm().equals(term))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("No " + word(kind) + " term " + term + "."));
    em.remove(found);
    changed.fire(new ListeningRulesChanged(word(kind) + " terms"));
  }

  public List<QueryView> queries() {
    return em.createNamedQuery("SavedQuery.findAll", SavedQuery.class).getResultList().stream()
        .map(ListeningAdminService::view)
        .toList();
  }

  /** Creates a query ({@code id} null) or changes one; the expression must parse. */
  public QueryView saveQuery(Actor actor, Long id, QueryForm form) {
    requireAdmin(actor);
    compile(form);
    String name = form.name().strip();
    SavedQuery query;
    if (id == null) {
      if (byName(name) != null) {
        throw new ConflictException("A query named '" + name + "' exists.");
      }
      query = new SavedQuery(name);
    } else {
      query = em.find(SavedQuery.class, id);
      if (query == null) {
        throw new NotFoundException("No listening query " + id + ".");
      }
      SavedQuery other = byName(name);
      if (other != null && !other.getId().equals(id)) {
        throw new ConflictException("A query named '" + name + "' exists.");
      }
    }
    query.define(
        name,
        form.expression().strip(),
        blankToNull(form.languages()),
        blankToNull(form.exclusions()),
        form.enabled(),
        actor.username(),
        Instant.now());
    if (id == null) {
      // Persisted once defined: Hibernate inserts the state an entity has when it is persisted.
      em.persist(query);
    }
    changed.fire(new ListeningRulesChanged("query " + name));
    return view(query);
  }

  public void removeQuery(Actor actor, long id) {
    requireAdmin(actor);
    SavedQuery query = em.find(SavedQuery.class, id);
    if (query == null) {
      throw new NotFoundException("No listening query " + id + ".");
    }
    em.remove(query);
    changed.fire(new ListeningRulesChanged("query " + query.getName()));
  }

  /** How many of the last posts read the query would have kept. Changes nothing. */
  public QueryPreview preview(Actor actor, QueryForm form) {
    requireAdmin(actor);
    CompiledQuery query = compile(form);
    List<RecentPosts.Sample> sample = recent.all();
    List<String> examples = new ArrayList<>();
    int matched = 0;
    for (int i = sample.size() - 1; i >= 0; i--) {
      RecentPosts.Sample post = sample.get(i);
      if (query.matches(TokenizedText.of(post.text()), post.language())) {
        matched++;
        if (examples.size() < PREVIEW_EXAMPLES) {
          examples.add(
              post.text().length() > 200 ? post.text().substring(0, 200) + "…" : post.text());
        }
      }
    }
    return new QueryPreview(sample.size(), matched, examples);
  }

  private static CompiledQuery compile(QueryForm form) {
    String message = "The listening query was not saved.";
    if (form == null || form.name() == null || form.name().isBlank()) {
      throw Checks.invalid(message, "name", "is required");
    }
    if (form.name().strip().length() > 120) {
      throw Checks.invalid(message, "name", "must be at most 120 characters");
    }
    if (form.expression() == null || form.expression().isBlank()) {
      throw Checks.invalid(message, "expression", "is required");
    }
    if (form.languages() != null && !LANGUAGES.matcher(form.languages()).matches()) {
      throw Checks.invalid(message, "languages", "comma-separated two-letter codes, e.g. en, de");
    }
    return CompiledQuery.compile(
        new QueryDefinition(
            form.name().strip(),
            form.expression().strip(),
            ListeningRules.languages(form.languages()),
            blankToNull(form.exclusions())));
  }

  private java.util.Optional<Topic> topic(String name) {
    return em.createNamedQuery("Topic.findAll", Topic.class)
        .getResultStream()
        .filter(t -> t.getName().equals(name))
        .findFirst();
  }

  private SavedQuery byName(String name) {
    return em.createNamedQuery("SavedQuery.findAll", SavedQuery.class)
        .getResultStream()
        .filter(q -> q.getName().equals(name))
        .findFirst()
        .orElse(null);
  }

  private static QueryView view(SavedQuery q) {
    return new QueryView(
        q.getId(),
        q.getName(),
        q.getExpression(),
        q.getLanguages(),
        q.getExclusions(),
        q.isEnabled(),
        q.getMatched(),
        q.getNoise(),
        q.getUpdatedBy(),
        q.getUpdatedAt());
  }

  private static String word(ListeningTerm.Kind kind) {
    return kind == ListeningTerm.Kind.CRISIS ? "crisis" : "urgency";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static void requireAdmin(Actor actor) {
    Checks.requireRole(
        actor, "Only administrators may change the listening configuration.", Roles.ADMIN);
  }
}
