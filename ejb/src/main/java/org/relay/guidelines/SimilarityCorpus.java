package org.relay.guidelines;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relay.guidelines.rules.Shingles;
import org.relay.guidelines.rules.SimilarText;

/**
 * What drafts must not sound like, kept on this node with each text's shingle profile computed
 * once: the canned messages in use and the replies published in the last 30 days. The canned
 * messages are reloaded after a change commits here and every five minutes; the published replies
 * are read incrementally (only those published since the last read, with a margin for other nodes'
 * late commits) at most every 30 seconds, and the oldest are dropped beyond 30 days or {@value
 * #MAX_PUBLISHED} replies, so a live check never recomputes the corpus and its work is bounded.
 */
@ApplicationScoped
public class SimilarityCorpus {

  static final Duration WINDOW = Duration.ofDays(30);
  static final int MAX_PUBLISHED = 2000;
  private static final Duration REFRESH = Duration.ofSeconds(30);
  private static final Duration CANNED_REFRESH = Duration.ofMinutes(5);
  private static final Duration LATE_COMMITS = Duration.ofMinutes(2);
  private static final int EXCERPT = 80;

  @PersistenceContext private EntityManager em;
  @Inject PublishedReplies published;

  private final Map<Long, Entry> replies = new LinkedHashMap<>();
  private volatile List<SimilarText> canned;
  private volatile Instant cannedAt = Instant.EPOCH;
  private volatile List<SimilarText> snapshot = List.of();
  private volatile Instant refreshedAt = Instant.EPOCH;
  private Instant readUpTo;

  /** The texts to compare with, as of at most 30 seconds ago. */
  public List<SimilarText> current() {
    if (refreshedAt.plus(REFRESH).isBefore(Instant.now())) {
      refresh();
    }
    return snapshot;
  }

  void cannedChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CannedMessagesChanged e) {
    canned = null;
    refreshedAt = Instant.EPOCH;
  }

  private synchronized void refresh() {
    Instant now = Instant.now();
    if (!refreshedAt.plus(REFRESH).isBefore(now)) {
      return;
    }
    if (canned == null || cannedAt.plus(CANNED_REFRESH).isBefore(now)) {
      canned = loadCanned();
      cannedAt = now;
    }
    Instant oldest = now.minus(WINDOW);
    Instant from = readUpTo == null ? oldest : readUpTo.minus(LATE_COMMITS);
    for (PublishedReplies.PublishedReply reply : published.since(from, MAX_PUBLISHED)) {
      replies.computeIfAbsent(reply.id(), id -> entry(reply));
    }
    readUpTo = now;
    replies.values().removeIf(e -> e.publishedAt().isBefore(oldest));
    List<Entry> newest =
        replies.values().stream()
            .sorted(Comparator.comparing(Entry::publishedAt).reversed())
            .limit(MAX_PUBLISHED)
            .toList();
    if (newest.size() < replies.size()) {
      replies.keySet().retainAll(newest.stream().map(Entry::id).toList());
    }
    List<SimilarText> texts = new ArrayList<>(canned);
    newest.forEach(e -> texts.add(e.text()));
    snapshot = List.copyOf(texts);
    refreshedAt = now;
  }

  private List<SimilarText> loadCanned() {
    return em
        .createNamedQuery("CannedMessage.findActive", CannedMessage.class)
        .getResultList()
        .stream()
        .map(
            m ->
                new SimilarText(
                    "the canned message \"" + m.getTitle() + "\"",
                    excerpt(m.getText()),
                    Shingles.profile(m.getText())))
        .toList();
  }

  private static Entry entry(PublishedReplies.PublishedReply reply) {
    return new Entry(
        reply.id(),
        reply.publishedAt(),
        new SimilarText(
            "a reply published on " + reply.publishedAt().atZone(ZoneOffset.UTC).toLocalDate(),
            excerpt(reply.text()),
            Shingles.profile(reply.text())));
  }

  static String excerpt(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT) + "…";
  }

  private record Entry(long id, Instant publishedAt, SimilarText text) {}
}
