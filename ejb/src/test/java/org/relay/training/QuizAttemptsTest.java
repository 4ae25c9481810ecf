package org.relay.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relay.shared.Actor;
import org.relay.shared.LimitReachedException;

/**
 * Quizzes are scored on the server, and what goes back to the browser cannot be used to find the
 * answers: no right options before, no list of wrong questions after, and few failed tries a day.
 */
@ExtendWith(MockitoExtension.class)
class QuizAttemptsTest {

  @Mock ModuleRepository modules;
  @Mock CompletionRepository completions;

  private final TrainingService service = new TrainingService();
  private final Actor tom = new Actor("tom", "Tom", Set.of("support"), Set.of("employee"));
  private final ModuleVersion version =
      TrainingFixtures.publishedQuiz(1, "Speaking for the company", List.of("employee"));
  private final QuizAnswers allWrong = new QuizAnswers(1, List.of(List.of(0), List.of(1)));

  @BeforeEach
  void wire() {
    service.modules = modules;
    service.completions = completions;
    service.clock = new MovableClock();
    lenient().when(modules.find(1)).thenReturn(Optional.of(version.getModule()));
    lenient().when(modules.published(version.getModule())).thenReturn(Optional.of(version));
  }

  @Test
  void shouldTellTheScoreButNotWhichQuestionsWereWrong() {
    when(completions.countFailedAttempts(eq("tom"), eq(1L), eq(1), any())).thenReturn(0L);

    QuizOutcome outcome = service.takeQuiz(tom, 1, allWrong);

    assertThat(outcome.passed()).isFalse();
    assertThat(outcome.score()).isZero();
    assertThat(outcome.right()).isZero();
    assertThat(outcome.total()).isEqualTo(2);
    assertThat(outcome.attemptsLeft()).isEqualTo(TrainingService.FAILED_ATTEMPTS_PER_DAY - 1);
    assertThat(components(QuizOutcome.class))
        .containsExactly(
            "score", "passMark", "passed", "right", "total", "attemptsLeft", "completion");
    verify(completions).store(any(QuizAttempt.class));
  }

  @Test
  void shouldRefuseFurtherAttemptsOnceTheDaysFailedAttemptsAreUsedUp() {
    when(completions.countFailedAttempts(eq("tom"), eq(1L), eq(1), any()))
        .thenReturn((long) TrainingService.FAILED_ATTEMPTS_PER_DAY);

    assertThatThrownBy(() -> service.takeQuiz(tom, 1, allWrong))
        .isInstanceOf(LimitReachedException.class)
        .hasMessageContaining("try tomorrow");
    verify(completions, never()).store(any(QuizAttempt.class));
    verify(completions, never()).store(any(Completion.class));
  }

  @Test
  void shouldCountOnlyTheLastDaysFailedAttemptsAtThisVersion() {
    when(completions.countFailedAttempts(anyString(), anyLong(), anyInt(), any())).thenReturn(0L);

    service.takeQuiz(tom, 1, allWrong);

    verify(completions)
        .countFailedAttempts(
            "tom", 1L, 1, TrainingFixtures.NOW.minus(TrainingService.ATTEMPT_WINDOW));
  }

  @Test
  void shouldSendTheQuizToTheBrowserWithoutItsRightOptions() {
    assertThat(components(ModuleToTake.Choice.class)).containsExactly("position", "text");
    assertThat(components(ModuleToTake.Question.class))
        .containsExactly("position", "text", "multiple", "options");
  }

  private static List<String> components(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
  }
}
