package org.relay.listening.query;

/** One word of a query term, folded, either exact or a prefix ({@code refund*}). */
record WordPattern(String word, boolean prefix) {

  boolean matches(String candidate) {
    return prefix ? candidate.startsWith(word) : candidate.equals(word);
  }

  @Override
  public String toString() {
    return prefix ? word + "*" : word;
  }
}
