package org.relay.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;
import static org.relay.training.TrainingFixtures.NOW;
import static org.relay.training.TrainingFixtures.withId;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * Retiring a module withdraws its open assignments and ends everyone's current cycle, found in
 * Relay's own assignments and ended by business key, never by searching process variables.
 */
@ExtendWith(MockitoExtension.class)
class WithdrawalTest {

  @Mock AssignmentRepository assignments;
  @Mock TrainingWorkflow workflow;

  private final Assignments assigner = new Assignments();
  private final ModuleVersion version =
      TrainingFixtures.published(7, "Speaking", 1, List.of("employee"), List.of());

  @BeforeEach
  void wire() {
    assigner.assignments = assignments;
    assigner.workflow = workflow;
    assigner.clock = new MovableClock();
  }

  @Test
  void shouldWithdrawOpenAssignmentsAndEndEachPersonsCurrentCycleByItsBusinessKey() {
    Assignment anaLastYear = completed(1, "ana");
    Assignment benWaitingForRenewal = completed(3, "ben");
    Assignment anaOpen = open(5, "ana");
    when(assignments.findCycles(7)).thenReturn(List.of(anaLastYear, benWaitingForRenewal, anaOpen));

    int withdrawn = assigner.withdrawAll(version.getModule());

    assertThat(withdrawn).isEqualTo(1);
    assertThat(anaOpen.getState()).isEqualTo(AssignmentState.WITHDRAWN);
    assertThat(benWaitingForRenewal.getState()).isEqualTo(AssignmentState.COMPLETED);
    verify(workflow).withdraw(5);
    verify(workflow).withdraw(3);
    verify(workflow, never()).withdraw(1);
  }

  @Test
  void shouldWithdrawOneOpenAssignmentByItsBusinessKey() {
    Assignment anaOpen = open(5, "ana");

    assigner.withdraw(anaOpen);

    assertThat(anaOpen.isOpen()).isFalse();
    verify(workflow).withdraw(5);
    verifyNoMoreInteractions(workflow);
  }

  private Assignment open(long id, String username) {
    return withId(
        new Assignment(
            7,
            new Trainee(username, username, Set.of(), Set.of("employee")),
            AssignmentReason.NEWLY_REQUIRED,
            NOW,
            NOW.plus(Duration.ofDays(14))),
        id);
  }

  private Assignment completed(long id, String username) {
    Assignment assignment = open(id, username);
    assignment.complete(TrainingFixtures.completion(id, version, username, NOW), NOW);
    return assignment;
  }
}
