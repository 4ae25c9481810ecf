package org.relay.listening.classify;

final class Texts {

  private Texts() {}

  /** The first {@code maxChars} characters of a text, never splitting a surrogate pair (emoji). */
  static String opening(String text, int maxChars) {
    if (text.length() <= maxChars) {
      return text;
    }
    int end = maxChars;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }
}
