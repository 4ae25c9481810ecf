package org.relay.web.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relay.web.mention.WordDiff.Segment;

class WordDiffTest {

  @Test
  void shouldMarkTheWordsThatChangedBetweenRevisions() {
    List<Segment> diff =
        WordDiff.between("Project Falcon fixes it soon.", "Our next release fixes it soon.");

    assertThat(diff)
        .containsExactly(
            new Segment("Project Falcon ", "removed"),
            new Segment("Our next release ", "added"),
            new Segment("fixes it soon.", "kept"));
  }

  @Test
  void shouldRestoreBothTextsFromTheSegments() {
    String before = "Hi! I work at Relay.\nWe will look into it.";
    String after = "Hi! I work at Relay support.\nWe looked into it: fixed.";
    List<Segment> diff = WordDiff.between(before, after);

    assertThat(withoutKind(diff, "added")).isEqualTo(before);
    assertThat(withoutKind(diff, "removed")).isEqualTo(after);
  }

  private static String withoutKind(List<Segment> diff, String skipped) {
    StringBuilder text = new StringBuilder();
    diff.stream().filter(s -> !s.kind().equals(skipped)).forEach(s -> text.append(s.text()));
    return text.toString();
  }
}
