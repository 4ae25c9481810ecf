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
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.relay.guidelines.rules.Shingles;
import org.relay.guidelines.rules.SimilarText;

/**
 * What drafts must not sound like, kept on this node with each text's shingle profile computed
 * once: the canned messages in use and the replies published in the last 30 days. The canned
 * messages are reloaded after a change commits here and every five minutes; the published replies
 * are read incrementally (only those published since the last read, with a margin for other nodes'
 * late commits) at most every 30 seconds, and the oldest are dropped beyond 30 days or {@value
 * #MAX_PUBLISHED} replies, so a live check never recomputes the corpus and its work is bounded.
 *
 * <p>Checks read an immutable snapshot without locking. One thread at a time refreshes it; a check
 * that finds a refresh under way uses the snapshot it has instead of waiting. A change of the
 * canned messages bumps a generation counter: canned texts loaded while a change committed are used
 * for at most that one snapshot and loaded again by the next check, never kept for minutes.
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

  private final ReentrantLock refreshing = new ReentrantLock();
  private final AtomicLong cannedGeneration = new AtomicLong();

  // Guarded by refreshing.
  private final Map<Long, Entry> replies = new LinkedHashMap<>();
  private List<SimilarText> canned;
  private volatile long cannedLoadedGeneration = -1;
  private Instant cannedAt = Instant.EPOCH;
  private Instant readUpTo;

  private volatile List<SimilarText> snapshot;
  private volatile Instant refreshedAt = Instant.EPOCH;

  /** The texts to compare with, as of at most 30 seconds ago (or a change of the canned texts). */
  public List<SimilarText> current() {
    if (isStale()) {
      if (snapshot == null) {
        refreshing.lock();
      } else if (!refreshing.tryLock()) {
        return snapshot;
      }
      try {
        if (isStale()) {
          refresh();
        }
      } finally {
        refreshing.unlock();
      }
    }
    return snapshot;
  }

  void cannedChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CannedMessagesChanged e) {
    cannedGeneration.incrementAndGet();
  }

  private boolean isStale() {
    return snapshot == null
        || refreshedAt.plus(REFRESH).isBefore(Instant.now())
        || cannedLoadedGeneration != cannedGeneration.get();
  }

  private void refresh() {
    Instant now = Instant.now();
    long generation = cannedGeneration.get();
    if (canned == null
        || cannedLoadedGeneration != generation
        || cannedAt.plus(CANNED_REFRESH).isBefore(now)) {
      canned = loadCanned();
      cannedAt = now;
      // A change that committed while loading bumped the generation: the next check loads again.
      cannedLoadedGeneration = generation;
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

  /** The canned messages in use, each with its profile; reads the database. */
  List<SimilarText> loadCanned() {
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
