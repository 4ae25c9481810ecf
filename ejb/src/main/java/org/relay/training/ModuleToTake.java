package org.relay.training;

import java.util.List;

/**
 * The version of a module in force, as an employee takes it: the content (HTML already cleaned by
 * an allow-list), the link to outside material, and the quiz without its answers.
 */
public record ModuleToTake(
    long id,
    int version,
    String title,
    String summary,
    String contentHtml,
    String externalUrl,
    Integer passMark,
    int validityMonths,
    List<Question> questions,
    ModuleStanding standing) {

  public boolean hasQuiz() {
    return !questions.isEmpty();
  }

  /** A question to answer, with its options in order (positions from 0). */
  public record Question(int position, String text, boolean multiple, List<Choice> options) {}

  /** An option to choose, by its position in the question (from 0). */
  public record Choice(int position, String text) {}
}
