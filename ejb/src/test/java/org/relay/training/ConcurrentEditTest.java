package org.relay.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
import java.lang.reflect.Field;
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
import org.relay.shared.NotAllowedException;
import org.relay.shared.PreconditionFailedException;
import org.relay.shared.PreconditionRequiredException;

/**
 * Two HR users editing one module: the second save, or publishing a draft the publisher has not
 * seen, is a conflict they can act on, not an error.
 */
@ExtendWith(MockitoExtension.class)
class ConcurrentEditTest {

  private static final Actor HANA =
      new Actor("hana", "Hana Sato", Set.of("hr"), Set.of("employee", "hr"));

  @Mock ModuleRepository modules;
  @Mock Validator validator;

  private final ModuleService service = new ModuleService();
  private final ModuleVersion version1 =
      TrainingFixtures.published(1, "Speaking", 1, List.of("employee"), List.of());
  private ModuleVersion draft;

  @BeforeEach
  void wire() throws ReflectiveOperationException {
    service.modules = modules;
    service.validator = validator;
    service.clock = new MovableClock();
    draft = version1.nextDraft("omar", TrainingFixtures.NOW);
    Field lock = ModuleVersion.class.getDeclaredField("lockVersion");
    lock.setAccessible(true);
    lock.set(draft, 4);
    lenient().when(modules.find(1)).thenReturn(Optional.of(version1.getModule()));
    lenient().when(modules.draft(1)).thenReturn(Optional.of(draft));
  }

  @Test
  void shouldRefuseASaveOverChangesSomeoneElseSavedSinceChangingNothing() {
    ModuleDraft mine =
        TrainingFixtures.draft("Speaking, my way", List.of("employee"), List.of(), false);

    assertThatThrownBy(() -> service.saveDraft(HANA, 1, mine, "2.3"))
        .isInstanceOf(PreconditionFailedException.class)
        .hasMessageContaining("omar saved the draft of version 2 at 1 Jun 2026, 12:00 UTC")
        .hasMessageContaining("Reload it");
    assertThat(draft.getTitle()).isEqualTo("Speaking");
    verify(modules, never()).flush(anyString());
  }

  @Test
  void shouldRefuseASaveOverADraftStartedSinceTheEditorOpened() {
    ModuleDraft mine =
        TrainingFixtures.draft("Speaking, my way", List.of("employee"), List.of(), false);

    assertThatThrownBy(() -> service.saveDraft(HANA, 1, mine, "none"))
        .isInstanceOf(PreconditionFailedException.class);
    assertThat(draft.getTitle()).isEqualTo("Speaking");
  }

  @Test
  void shouldRefuseToPublishADraftSomeoneSavedSinceThePublisherReadIt() {
    assertThatThrownBy(() -> service.publish(HANA, 1, "2.3"))
        .isInstanceOf(PreconditionFailedException.class)
        .hasMessageContaining("omar saved the draft of version 2")
        .hasMessageContaining("Nothing was published");
    assertThat(draft.getState()).isEqualTo(VersionState.DRAFT);
    assertThat(version1.getModule().getPublishedVersion()).isEqualTo(1);
    verify(modules, never()).flush(anyString());
  }

  @Test
  void shouldRefuseToPublishWhenTheDraftThePublisherReadIsGone() {
    when(modules.draft(1)).thenReturn(Optional.empty());

    assertThatThrownBy(() -> service.publish(HANA, 1, "2.4"))
        .isInstanceOf(PreconditionFailedException.class)
        .hasMessageContaining("its draft was published or discarded");
    verify(modules, never()).flush(anyString());
  }

  @Test
  void shouldRefuseASaveThatDoesNotSayWhichRevisionItWasMadeOnChangingNothing() {
    ModuleDraft mine =
        TrainingFixtures.draft("Speaking, my way", List.of("employee"), List.of(), false);

    for (String none : new String[] {null, "", "  "}) {
      assertThatThrownBy(() -> service.saveDraft(HANA, 1, mine, none))
          .isInstanceOf(PreconditionRequiredException.class)
          .hasMessageContaining("revision")
          .hasMessageContaining("If-Match")
          .hasMessageContaining("Nothing was saved");
    }
    assertThat(draft.getTitle()).isEqualTo("Speaking");
    verify(modules, never()).flush(anyString());
  }

  @Test
  void shouldRefuseSomeoneWithoutHrBeforeAskingForTheRevision() {
    Actor tom = new Actor("tom", "Tom", Set.of("support"), Set.of("employee"));
    ModuleDraft mine =
        TrainingFixtures.draft("Speaking, my way", List.of("employee"), List.of(), false);

    assertThatThrownBy(() -> service.saveDraft(tom, 1, mine, null))
        .isInstanceOf(NotAllowedException.class);
    assertThat(draft.getTitle()).isEqualTo("Speaking");
  }

  @Test
  void shouldSaveOverTheRevisionTheEditorSaw() {
    ModuleDraft mine =
        TrainingFixtures.draft("Speaking, my way", List.of("employee"), List.of(), false);

    service.saveDraft(HANA, 1, mine, "2.4");

    assertThat(draft.getTitle()).isEqualTo("Speaking, my way");
    verify(modules).flush(anyString());
  }

  @Test
  void shouldTurnASaveThatRacedAnotherIntoAConflict() {
    EntityManager em = mock(EntityManager.class);
    doThrow(new OptimisticLockException("row was updated by another transaction")).when(em).flush();

    assertThatThrownBy(
            () -> Writes.flush(em, "Someone else saved \"Speaking\" at the same moment."))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Someone else saved \"Speaking\" at the same moment.");
  }
}
