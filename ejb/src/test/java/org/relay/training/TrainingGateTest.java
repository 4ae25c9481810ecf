package org.relay.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.relay.training.TrainingFixtures.completion;
import static org.relay.training.TrainingFixtures.published;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relay.shared.Actor;

/** The gate decides from the modules in force, the actor's roles and departments, and the clock. */
@ExtendWith(MockitoExtension.class)
class TrainingGateTest {

  @Mock ModuleRepository modules;
  @Mock CompletionRepository completions;
  @Mock Staff staff;

  private final TrainingService service = new TrainingService();
  private final MovableClock clock = new MovableClock();
  private final Actor tom = new Actor("tom", "Tom", Set.of("support"), Set.of("employee"));

  private final ModuleVersion speaking =
      published(1, "Speaking for the company", 1, List.of("employee"), List.of());
  private final ModuleVersion confidentiality =
      published(2, "Confidentiality", 1, List.of(), List.of("legal", "support"));

  @BeforeEach
  void wire() {
    service.modules = modules;
    service.completions = completions;
    service.clock = clock;
  }

  @Test
  void shouldAdmitSomeoneNoModuleInForceApplies() {
    when(modules.findVersionsInForce())
        .thenReturn(List.of(published(3, "Legal basics", 1, List.of("legal"), List.of())));

    assertThatCode(() -> service.requireTrained(tom)).doesNotThrowAnyException();
    verifyNoInteractions(completions);
  }

  @Test
  void shouldRefuseNamingEveryMissingModuleWithItsId() {
    when(modules.findVersionsInForce()).thenReturn(List.of(speaking, confidentiality));
    when(completions.findByUser("tom")).thenReturn(List.of());

    assertThatThrownBy(() -> service.requireTrained(tom))
        .isInstanceOfSatisfying(
            TrainingRequiredException.class,
            e -> {
              assertThat(e.missing())
                  .extracting(MissingModule::moduleId, MissingModule::status)
                  .containsExactly(
                      tuple(1L, TrainingStatus.MISSING), tuple(2L, TrainingStatus.MISSING));
              assertThat(e.getMessage())
                  .contains("\"Speaking for the company\" (not taken)", "\"Confidentiality\"");
              assertThat(e.title()).isEqualTo("Training required");
            });
  }

  @Test
  void shouldAdmitOnceEveryRequiredModuleIsCompleted() {
    when(modules.findVersionsInForce()).thenReturn(List.of(speaking, confidentiality));
    when(completions.findByUser("tom"))
        .thenReturn(
            List.of(
                completion(1, speaking, "tom", clock.now()),
                completion(2, confidentiality, "tom", clock.now())));

    assertThatCode(() -> service.requireTrained(tom)).doesNotThrowAnyException();
  }

  @Test
  void shouldRefuseAgainOnceTheCompletionExpires() {
    when(modules.findVersionsInForce()).thenReturn(List.of(speaking));
    when(completions.findByUser("tom"))
        .thenReturn(List.of(completion(1, speaking, "tom", clock.now())));
    assertThatCode(() -> service.requireTrained(tom)).doesNotThrowAnyException();

    clock.advance(Duration.ofDays(366));

    assertThatThrownBy(() -> service.requireTrained(tom))
        .isInstanceOfSatisfying(
            TrainingRequiredException.class,
            e -> {
              assertThat(e.missing().get(0).status()).isEqualTo(TrainingStatus.EXPIRED);
              assertThat(e.getMessage()).contains("expired on");
            });
  }

  @Test
  void shouldAdmitDuringANewVersionsGracePeriodAndRefuseOnceItEnds() {
    ModuleVersion version2 =
        published(1, "Speaking for the company", 2, List.of("employee"), List.of(), true);
    when(modules.findVersionsInForce()).thenReturn(List.of(version2));
    when(completions.findByUser("tom"))
        .thenReturn(List.of(completion(1, speaking, "tom", clock.now().minusSeconds(60))));

    assertThatCode(() -> service.requireTrained(tom))
        .as("version 1 still counts for the new version's due days (14)")
        .doesNotThrowAnyException();
    clock.advance(Duration.ofDays(14).minusSeconds(1));
    assertThatCode(() -> service.requireTrained(tom)).doesNotThrowAnyException();
    clock.advance(Duration.ofSeconds(1));

    assertThatThrownBy(() -> service.requireTrained(tom))
        .isInstanceOfSatisfying(
            TrainingRequiredException.class,
            e -> assertThat(e.missing().get(0).status()).isEqualTo(TrainingStatus.OUTDATED));
  }

  @Test
  void shouldRefuseGivingAMentionToAColleagueWithoutCurrentTrainingNamingThem() {
    service.staff = staff;
    when(modules.findVersionsInForce()).thenReturn(List.of(speaking));
    when(staff.requiredBy(any()))
        .thenReturn(
            List.of(new Trainee("tom", "Tom Becker", Set.of("support"), Set.of("employee"))));
    when(completions.findByUser("tom")).thenReturn(List.of());

    assertThatThrownBy(() -> service.requireTrainedToTakeOver("tom"))
        .isInstanceOfSatisfying(
            TrainingRequiredException.class,
            e -> {
              assertThat(e.getMessage())
                  .startsWith("Tom Becker cannot take this mention before completing")
                  .contains("\"Speaking for the company\"");
              assertThat(e.missing()).extracting(MissingModule::moduleId).containsExactly(1L);
            });
  }
}
