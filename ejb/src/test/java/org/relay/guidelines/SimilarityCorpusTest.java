package org.relay.guidelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.relay.guidelines.rules.SimilarText;

class SimilarityCorpusTest {

  @Test
  void shouldLoadTheCannedTextsAgainWhenAChangeCommittedWhileTheyWereLoaded() {
    AtomicReference<String> stored = new AtomicReference<>("Sorry for the outage.");
    AtomicInteger loads = new AtomicInteger();
    SimilarityCorpus corpus =
        corpus(
            c -> {
              String read = stored.get();
              if (loads.getAndIncrement() == 0) {
                // PR saves a new text, and it commits, while this node is still loading.
                stored.set("We are sorry the service was down.");
                c.cannedChanged(new CannedMessagesChanged(1));
              }
              return List.of(text(read));
            });

    corpus.current();

    assertThat(corpus.current())
        .extracting(SimilarText::excerpt)
        .containsExactly("We are sorry the service was down.");
  }

  @Test
  void shouldLoadTheCannedTextsAgainAfterAChangeAndOnlyThen() {
    AtomicInteger loads = new AtomicInteger();
    SimilarityCorpus corpus =
        corpus(
            c -> {
              loads.incrementAndGet();
              return List.of(text("Thanks for waiting."));
            });

    corpus.current();
    corpus.current();
    corpus.cannedChanged(new CannedMessagesChanged(1));
    corpus.current();
    corpus.current();

    assertThat(loads).hasValue(2);
  }

  @Test
  void shouldAnswerChecksFromTheLastSnapshotWhileAnotherThreadRefreshes() throws Exception {
    CountDownLatch loading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger loads = new AtomicInteger();
    SimilarityCorpus corpus =
        corpus(
            c -> {
              if (loads.getAndIncrement() == 1) {
                loading.countDown();
                await(release);
              }
              return List.of(text("Version " + loads.get()));
            });
    corpus.current();
    corpus.cannedChanged(new CannedMessagesChanged(1));
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<List<SimilarText>> refresher = pool.submit(corpus::current);
      assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();

      List<SimilarText> meanwhile = corpus.current();

      release.countDown();
      assertThat(meanwhile).extracting(SimilarText::excerpt).containsExactly("Version 1");
      assertThat(refresher.get(10, TimeUnit.SECONDS))
          .extracting(SimilarText::excerpt)
          .containsExactly("Version 2");
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  private static SimilarityCorpus corpus(
      java.util.function.Function<SimilarityCorpus, List<SimilarText>> canned) {
    SimilarityCorpus corpus =
        new SimilarityCorpus() {
          @Override
          List<SimilarText> loadCanned() {
            return canned.apply(this);
          }
        };
    corpus.published = (Instant since, int max) -> List.of();
    return corpus;
  }

  private static SimilarText text(String text) {
    return new SimilarText("the canned message \"t\"", text, Map.of());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
