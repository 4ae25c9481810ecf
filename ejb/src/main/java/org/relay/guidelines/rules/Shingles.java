package org.relay.guidelines.rules;

import info.debatty.java.stringsimilarity.Cosine;
import java.util.Map;

/**
 * Character 4-shingle profiles of folded text and their cosine similarity (java-string-similarity).
 * A profile is computed once per text and kept, so that comparing a draft with thousands of texts
 * costs one profile and a sparse dot product each.
 */
public final class Shingles {

  private static final Cosine COSINE = new Cosine(4);

  private Shingles() {}

  public static Map<String, Integer> profile(String text) {
    return COSINE.getProfile(Normalizer.fold(text));
  }

  /** From 0 (nothing in common) to 1 (the same shingles, equally often). */
  public static double similarity(Map<String, Integer> a, Map<String, Integer> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    return COSINE.similarity(a, b);
  }
}
