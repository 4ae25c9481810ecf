package org.relay.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuizTest {

  private static final Quiz.Question DISCLOSE =
      new Quiz.Question(
          "What do you say first when you answer as an employee?",
          false,
          List.of(
              new Quiz.Option("Nothing: let the answer speak", false),
              new Quiz.Option("That you work for the company", true),
              new Quiz.Option("Your employee number", false)));

  private static final Quiz.Question ESCALATE =
      new Quiz.Question(
          "Which posts go to PR before you answer?",
          true,
          List.of(
              new Quiz.Option("A journalist asks for a comment", true),
              new Quiz.Option("A customer asks how to export data", false),
              new Quiz.Option("Someone threatens a boycott", true)));

  private final Quiz quiz = new Quiz(List.of(DISCLOSE, ESCALATE), 100);

  @Test
  void shouldPassWhenEveryQuestionIsAnsweredExactlyRight() {
    Quiz.Result result = quiz.score(List.of(List.of(1), List.of(2, 0)));

    assertThat(result.passed()).isTrue();
    assertThat(result.score()).isEqualTo(100);
    assertThat(result.right()).isEqualTo(2);
    assertThat(result.wrong()).isEmpty();
  }

  @Test
  void shouldCountAMultipleChoiceQuestionWrongWhenOneRightOptionIsMissing() {
    Quiz.Result result = quiz.score(List.of(List.of(1), List.of(0)));

    assertThat(result.passed()).isFalse();
    assertThat(result.score()).isEqualTo(50);
    assertThat(result.wrong()).containsExactly(1);
  }

  @Test
  void shouldCountAMultipleChoiceQuestionWrongWhenAWrongOptionIsAdded() {
    Quiz.Result result = quiz.score(List.of(List.of(1), List.of(0, 1, 2)));

    assertThat(result.wrong()).containsExactly(1);
  }

  @Test
  void shouldPassAtThePassMarkAndFailJustBelowIt() {
    Quiz three = new Quiz(List.of(DISCLOSE, ESCALATE, DISCLOSE), 66);

    assertThat(three.score(List.of(List.of(1), List.of(0, 2), List.of(0))).score()).isEqualTo(66);
    assertThat(three.score(List.of(List.of(1), List.of(0, 2), List.of(0))).passed()).isTrue();
    assertThat(
            new Quiz(three.questions(), 67)
                .score(List.of(List.of(1), List.of(0, 2), List.of(0)))
                .passed())
        .isFalse();
  }

  @Test
  void shouldRefuseAnswersOfTheWrongShape() {
    assertThatThrownBy(() -> quiz.score(List.of(List.of(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 questions");
    assertThatThrownBy(() -> quiz.score(List.of(List.of(), List.of(0))))
        .hasMessageContaining("question 1 has no answer");
    assertThatThrownBy(() -> quiz.score(List.of(List.of(3), List.of(0))))
        .hasMessageContaining("no such option");
    assertThatThrownBy(() -> quiz.score(List.of(List.of(0, 1), List.of(0))))
        .hasMessageContaining("takes one answer");
  }

  @Test
  void shouldNameEveryProblemOfAQuizThatCannotBePublished() {
    Quiz broken =
        new Quiz(
            List.of(
                new Quiz.Question(
                    "No right answer",
                    false,
                    List.of(new Quiz.Option("a", false), new Quiz.Option("b", false))),
                new Quiz.Question(
                    "Two right answers for one choice",
                    false,
                    List.of(new Quiz.Option("a", true), new Quiz.Option("b", true)))),
            0);

    assertThat(broken.problems())
        .containsExactly(
            "a quiz needs a pass mark between 1 and 100 %",
            "question 1 has no right option",
            "question 2 is single choice but has 2 right options");
    assertThat(quiz.problems()).isEmpty();
  }
}
