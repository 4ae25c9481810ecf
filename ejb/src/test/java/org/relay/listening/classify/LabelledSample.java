package org.relay.listening.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A hand-labelled sample in this package's test resources: one line per example, tab-separated
 * expected label, {@code clear} or {@code hard}, and the text; lines starting with # are comments.
 */
record LabelledSample(String expected, boolean clear, String text) {

  static List<LabelledSample> read(String resource) {
    try (InputStream in = LabelledSample.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Sample missing: " + resource);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(LabelledSample::parse)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LabelledSample parse(String line) {
    String[] fields = line.split("\t", 3);
    if (fields.length != 3 || !(fields[1].equals("clear") || fields[1].equals("hard"))) {
      throw new IllegalArgumentException("Not a sample line: " + line);
    }
    return new LabelledSample(fields[0], fields[1].equals("clear"), fields[2]);
  }

  @Override
  public String toString() {
    return expected + ": " + text;
  }
}
