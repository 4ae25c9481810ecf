package org.relay.training;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.relay.shared.Markdown;

/** Turns training's entities into the records the portal and the API see. */
final class TrainingViews {

  private TrainingViews() {}

  /**
   * @param shown the version whose settings describe the module: the one in force, else the draft
   * @param draft the draft HR is working on, or null when there is none or it is not to be shown
   */
  static ModuleSummary summary(TrainingModule module, ModuleVersion shown, ModuleVersion draft) {
    return new ModuleSummary(
        module.getId(),
        module.getTitle(),
        shown == null ? null : shown.getSummary(),
        module.getPublishedVersion(),
        draft == null ? null : draft.getNumber(),
        draft == null ? null : ModuleService.revision(Optional.of(draft)),
        module.isRetired(),
        shown == null ? Set.of() : Set.copyOf(shown.getRequiredRoles()),
        shown == null ? Set.of() : Set.copyOf(shown.getRequiredDepartments()),
        shown == null ? Set.of() : Set.copyOf(shown.getCoveredRules()),
        shown == null ? 0 : shown.getValidityMonths(),
        shown != null && shown.hasQuiz(),
        shown == null || shown.getState() == VersionState.DRAFT ? null : shown.getPublishedAt(),
        module.getRetiredAt());
  }

  static ModuleDraft draftOf(ModuleVersion version) {
    List<ModuleDraft.Question> questions = new ArrayList<>();
    for (Quiz.Question q : version.quiz().questions()) {
      questions.add(
          new ModuleDraft.Question(
              q.text(),
              q.multiple(),
              q.options().stream()
                  .map(o -> new ModuleDraft.Option(o.text(), o.correct()))
                  .toList()));
    }
    return new ModuleDraft(
        version.getTitle(),
        version.getSummary(),
        version.getContent(),
        version.getExternalUrl(),
        version.getPassMark(),
        version.getValidityMonths(),
        version.getDueDays(),
        List.copyOf(version.getRequiredRoles()),
        List.copyOf(version.getRequiredDepartments()),
        List.copyOf(version.getCoveredRules()),
        questions,
        version.isRequiresRecertification());
  }

  static VersionView version(ModuleVersion version) {
    return new VersionView(
        version.getNumber(),
        version.getState(),
        draftOf(version),
        Markdown.toSafeHtml(version.getContent()),
        version.getCreatedBy(),
        version.getCreatedAt(),
        version.getUpdatedBy(),
        version.getUpdatedAt(),
        version.getPublishedBy(),
        version.getPublishedAt());
  }

  static CompletionView completion(Completion c, TrainingModule module, Instant now) {
    return new CompletionView(
        c.getId(),
        c.getModuleId(),
        module == null ? "module " + c.getModuleId() : module.getTitle(),
        c.getVersionNumber(),
        c.getUsername(),
        c.getDisplayName(),
        c.getSource(),
        c.getScore(),
        c.getCompletedAt(),
        c.getExpiresAt(),
        c.getRecordedBy(),
        c.getNote(),
        module != null && module.counts(c.getVersionNumber()),
        c.isValidAt(now));
  }

  static AssignmentView assignment(Assignment a, String moduleTitle) {
    return new AssignmentView(
        a.getId(),
        a.getModuleId(),
        moduleTitle,
        a.getUsername(),
        a.getDisplayName(),
        a.departmentSet(),
        a.getReason(),
        a.getState(),
        a.getAssignedAt(),
        a.getDueAt(),
        a.getRemindersSent(),
        a.getLastRemindedAt(),
        a.getEscalatedAt());
  }

  static ModuleStanding standing(
      TrainingModule module, boolean required, Standing standing, Assignment open) {
    Completion best = standing.best();
    return new ModuleStanding(
        module.getId(),
        module.getTitle(),
        module.getPublishedVersion(),
        required,
        standing.status(),
        open == null ? null : open.getId(),
        open == null ? null : open.getReason(),
        open == null ? null : open.getDueAt(),
        best == null ? null : best.getId(),
        best == null ? null : best.getCompletedAt(),
        best == null ? null : best.getExpiresAt());
  }
}
