package org.relay.training;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A module version's quiz and how it is scored: a question counts as right only when exactly its
 * right options are chosen (all of them for multiple choice, the one for single choice); the score
 * is the share of right questions in whole percent, rounded down; the quiz is passed at the pass
 * mark or above.
 */
public record Quiz(List<Question> questions, int passMark) {

  public Quiz {
    questions = List.copyOf(questions);
  }

  /** A question and its options. */
  public record Question(String text, boolean multiple, List<Option> options) {
    public Question {
      options = List.copyOf(options);
    }

    Set<Integer> rightOptions() {
      return IntStream.range(0, options.size())
          .filter(i -> options.get(i).correct())
          .boxed()
          .collect(Collectors.toSet());
    }
  }

  /** One option, right or wrong. */
  public record Option(String text, boolean correct) {}

  /**
   * How an attempt went.
   *
   * @param wrong the positions (from 0) of the questions answered wrong
   */
  public record Result(
      int score, int passMark, boolean passed, int right, int total, List<Integer> wrong) {}

  public boolean isEmpty() {
    return questions.isEmpty();
  }

  /**
   * Scores the chosen options, one list of option positions (from 0) per question in order.
   *
   * @throws IllegalArgumentException naming what is wrong with the answers' shape: a missing
   *     answer, an option that does not exist, or several options for a single-choice question
   */
  public Result score(List<List<Integer>> answers) {
    if (answers == null || answers.size() != questions.size()) {
      throw new IllegalArgumentException(
          "answer each of the " + questions.size() + " questions, in order");
    }
    List<Integer> wrong = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      Question question = questions.get(i);
      List<Integer> chosen = answers.get(i) == null ? List.of() : answers.get(i);
      Set<Integer> picked = new HashSet<>(chosen);
      if (picked.isEmpty()) {
        throw new IllegalArgumentException("question " + (i + 1) + " has no answer");
      }
      if (picked.stream().anyMatch(p -> p == null || p < 0 || p >= question.options().size())) {
        throw new IllegalArgumentException("question " + (i + 1) + " has no such option");
      }
      if (!question.multiple() && picked.size() > 1) {
        throw new IllegalArgumentException("question " + (i + 1) + " takes one answer");
      }
      if (!picked.equals(question.rightOptions())) {
        wrong.add(i);
      }
    }
    int right = questions.size() - wrong.size();
    int score = questions.isEmpty() ? 100 : right * 100 / questions.size();
    return new Result(score, passMark, score >= passMark, right, questions.size(), wrong);
  }

  /** What is wrong with a quiz HR wants to publish, or nothing. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (questions.isEmpty()) {
      return problems;
    }
    if (passMark < 1 || passMark > 100) {
      problems.add("a quiz needs a pass mark between 1 and 100 %");
    }
    for (int i = 0; i < questions.size(); i++) {
      int right = questions.get(i).rightOptions().size();
      if (right == 0) {
        problems.add("question " + (i + 1) + " has no right option");
      } else if (!questions.get(i).multiple() && right > 1) {
        problems.add(
            "question " + (i + 1) + " is single choice but has " + right + " right options");
      }
    }
    return problems;
  }
}
