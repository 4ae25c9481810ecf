package org.relay.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relay.shared.Actor;
import org.relay.shared.ConflictException;
import org.relay.shared.InvalidInputException;
import org.relay.shared.NotAllowedException;

/**
 * HR records training done elsewhere only for someone else, only for a module in force, only for a
 * day between the version's publication and today, and only for someone in the directory; a refused
 * record changes nothing.
 */
@ExtendWith(MockitoExtension.class)
class RecordCompletionTest {

  private static final Actor HANA =
      new Actor("hana", "Hana Sato", Set.of("hr"), Set.of("employee", "hr"));

  @Mock ModuleRepository modules;
  @Mock Staff staff;
  @Mock Assignments assigner;
  @Mock Validator validator;

  private final ComplianceService service = new ComplianceService();
  private final MovableClock clock = new MovableClock();
  private final ModuleVersion version =
      TrainingFixtures.published(1, "Speaking for the company", 1, List.of("employee"), List.of());

  @BeforeEach
  void wire() {
    service.modules = modules;
    service.staff = staff;
    service.assigner = assigner;
    service.validator = validator;
    service.clock = clock;
    lenient().when(modules.find(1)).thenReturn(Optional.of(version.getModule()));
    lenient().when(modules.published(version.getModule())).thenReturn(Optional.of(version));
    lenient()
        .when(staff.find(any(), any()))
        .thenAnswer(
            call ->
                "tom".equals(call.getArgument(0))
                    ? Optional.of(new Trainee("tom", "Tom", Set.of("support"), Set.of("employee")))
                    : Optional.empty());
    clock.advance(Duration.ofDays(30));
  }

  @Test
  void shouldRefuseHrRecordingTheirOwnCompletion() {
    assertThatThrownBy(() -> service.record(HANA, recorded("hana", "2026-06-15")))
        .isInstanceOf(NotAllowedException.class)
        .hasMessageContaining("cannot record a completion for yourself");
    assertThatThrownBy(() -> service.record(HANA, recorded(" Hana ", "2026-06-15")))
        .isInstanceOf(NotAllowedException.class);
    verifyNoInteractions(assigner);
  }

  @Test
  void shouldRefuseSomeoneWhoIsNotInTheDirectory() {
    assertThatThrownBy(() -> service.record(HANA, recorded("ghost", "2026-06-15")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("username"));
    verifyNoInteractions(assigner);
  }

  @Test
  void shouldRefuseADayInTheFuture() {
    assertThatThrownBy(() -> service.record(HANA, recorded("tom", "2026-07-02")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).message()).isEqualTo("must not be in the future"));
    verifyNoInteractions(assigner);
  }

  @Test
  void shouldRefuseADayBeforeTheVersionRequiringRecertificationWasPublished() {
    ModuleVersion version2 =
        TrainingFixtures.published(2, "Speaking, again", 2, List.of("employee"), List.of(), true);
    when(modules.find(2)).thenReturn(Optional.of(version2.getModule()));
    when(modules.published(version2.getModule())).thenReturn(Optional.of(version2));
    when(modules.version(2, 2)).thenReturn(Optional.of(version2));

    assertThatThrownBy(() -> service.record(HANA, recorded(2, "tom", "2026-05-31")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors().get(0).message())
                    .startsWith("must not be before 2026-06-01, when version 2 was published"));
    verifyNoInteractions(assigner);
  }

  @Test
  void shouldAcceptAWorkshopHeldBeforeTheModuleWasInRelay() {
    when(assigner.complete(any(), any(), any(), any(), any(), any(), any(), any()))
        .thenReturn(TrainingFixtures.completion(9, version, "tom", TrainingFixtures.NOW));

    service.record(HANA, recorded("tom", "2026-01-05"));

    verify(assigner)
        .complete(
            any(),
            any(),
            any(),
            any(),
            any(),
            eq(Instant.parse("2026-01-05T00:00:00Z")),
            any(),
            any());
  }

  @Test
  void shouldRefuseARetiredModule() {
    version.getModule().retire("omar", TrainingFixtures.NOW.plusSeconds(60));

    assertThatThrownBy(() -> service.record(HANA, recorded("tom", "2026-06-15")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("retired");
    verifyNoInteractions(assigner);
  }

  @Test
  void shouldRecordForSomeoneElseOnTheDayOfPublication() {
    Instant day = LocalDate.parse("2026-06-01").atStartOfDay(ZoneOffset.UTC).toInstant();
    when(assigner.complete(any(), any(), any(), any(), any(), any(), any(), any()))
        .thenReturn(TrainingFixtures.completion(9, version, "tom", day));

    CompletionView done = service.record(HANA, recorded("tom", "2026-06-01"));

    assertThat(done.username()).isEqualTo("tom");
    verify(assigner)
        .complete(
            eq(version.getModule()),
            eq(version),
            argThat(t -> t.username().equals("tom")),
            eq(CompletionSource.RECORDED),
            isNull(),
            eq(day),
            eq("hana"),
            eq("Workshop"));
  }

  private static RecordedCompletion recorded(String username, String day) {
    return recorded(1, username, day);
  }

  private static RecordedCompletion recorded(long moduleId, String username, String day) {
    return new RecordedCompletion(moduleId, username, day, " Workshop ");
  }
}
