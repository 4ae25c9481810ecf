package org.relay.web.mention;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The difference between two revisions of a reply, word by word, as segments the page renders with
 * a style each (never as markup: the text came from people).
 */
public final class WordDiff {

  private WordDiff() {}

  /** A run of words that is kept, added or removed. */
  public record Segment(String text, String kind) {}

  public static List<Segment> between(String before, String after) {
    List<String> old = words(before);
    List<String> now = words(after);
    List<Segment> segments = new ArrayList<>();
    int position = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
      int start = delta.getSource().getPosition();
      if (start > position) {
        segments.add(new Segment(String.join("", old.subList(position, start)), "kept"));
      }
      if (!delta.getSource().getLines().isEmpty()) {
        segments.add(new Segment(String.join("", delta.getSource().getLines()), "removed"));
      }
      if (!delta.getTarget().getLines().isEmpty()) {
        segments.add(new Segment(String.join("", delta.getTarget().getLines()), "added"));
      }
      position = start + delta.getSource().size();
    }
    if (position < old.size()) {
      segments.add(new Segment(String.join("", old.subList(position, old.size())), "kept"));
    }
    return segments;
  }

  /** Words with the white space that follows them, so that joining them restores the text. */
  static List<String> words(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    return Arrays.asList(text.split("(?<=\\s)(?=\\S)"));
  }
}
