package org.relay.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

  private static final Instant ASSIGNED = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void shouldRemindAWeekAndADayBeforeAFortnightsAssignmentIsDue() {
    Instant due = ASSIGNED.plus(Duration.ofDays(14));

    ReminderSchedule schedule = ReminderSchedule.of(ASSIGNED, due);

    assertThat(schedule.first()).isEqualTo(due.minus(Duration.ofDays(7)));
    assertThat(schedule.last()).isEqualTo(due.minus(Duration.ofDays(1)));
  }

  @Test
  void shouldRemindHalfWayAndAtTheLastQuarterOfAShortAssignment() {
    Instant due = ASSIGNED.plus(Duration.ofMinutes(20));

    ReminderSchedule schedule = ReminderSchedule.of(ASSIGNED, due);

    assertThat(schedule.first()).isEqualTo(ASSIGNED.plus(Duration.ofMinutes(10)));
    assertThat(schedule.last()).isEqualTo(ASSIGNED.plus(Duration.ofMinutes(15)));
  }

  @Test
  void shouldNotRemindBeforeAnAssignmentThatIsDueAlready() {
    Instant due = ASSIGNED.minus(Duration.ofDays(2));

    ReminderSchedule schedule = ReminderSchedule.of(ASSIGNED, due);

    assertThat(schedule.first()).isEqualTo(due);
    assertThat(schedule.last()).isEqualTo(due);
  }
}
