package org.relay.listening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relay.listening.channels.RawPost;
import org.relay.listening.classify.LanguageDetector;
import org.relay.listening.query.TokenizedText;

/**
 * Decides which polled posts become mentions: those at least one enabled listening query matches.
 * Each query counts what it kept and what it let go; the rest is noise, counted and dropped. With
 * no query defined, every post is kept (the channel's own hashtags and searches selected it). Runs
 * in the caller's transaction.
 */
@ApplicationScoped
public class ListeningFilter {

  @Inject ListeningRules rules;
  @Inject RecentPosts recent;
  @Inject LanguageDetector languages;
  @PersistenceContext private EntityManager em;

  public List<RawPost> keep(String channel, List<RawPost> posts) {
    List<ListeningRules.CompiledRule> queries = rules.current().queries();
    Map<Long, long[]> counts = new HashMap<>();
    List<RawPost> kept = new ArrayList<>();
    for (RawPost read : posts) {
      RawPost post = withLanguage(read);
      recent.add(channel, post.text(), post.language());
      if (queries.isEmpty()) {
        kept.add(post);
        continue;
      }
      TokenizedText text = TokenizedText.of(post.text());
      boolean any = false;
      for (ListeningRules.CompiledRule rule : queries) {
        boolean match = rule.query().matches(text, post.language());
        counts.computeIfAbsent(rule.id(), id -> new long[2])[match ? 0 : 1]++;
        any |= match;
      }
      if (any) {
        kept.add(post);
      }
    }
    counts.forEach(
        (id, c) ->
            em.createNamedQuery("SavedQuery.count")
                .setParameter("matched", c[0])
                .setParameter("noise", c[1])
                .setParameter("id", id)
                .executeUpdate());
    return kept;
  }

  /** Posts without the source's language tag get the detected one (queries may filter by it). */
  private RawPost withLanguage(RawPost post) {
    if (post.language() != null) {
      return post;
    }
    return new RawPost(
        post.externalId(),
        post.author(),
        post.authorFollowers(),
        post.text(),
        post.url(),
        post.postedAt(),
        post.inReplyTo(),
        languages.detect(post.text()).orElse(null));
  }
}
