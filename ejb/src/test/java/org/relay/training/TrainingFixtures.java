package org.relay.training;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** Modules, versions and completions as the database would give them, for unit tests. */
final class TrainingFixtures {

  static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

  private TrainingFixtures() {}

  /**
   * A module published as version {@code number} (with its id), required of the roles/departments.
   */
  static ModuleVersion published(
      long moduleId, String title, int number, List<String> roles, List<String> departments) {
    return published(moduleId, title, number, roles, departments, false);
  }

  /** Like the other, published as requiring re-certification when {@code recertify}. */
  static ModuleVersion published(
      long moduleId,
      String title,
      int number,
      List<String> roles,
      List<String> departments,
      boolean recertify) {
    TrainingModule module = withId(new TrainingModule(title, "omar", NOW), moduleId);
    ModuleVersion version = new ModuleVersion(module, number, "omar", NOW);
    version.revise(draft(title, roles, departments, recertify), "omar", NOW);
    version.publish("omar", NOW);
    module.publish(version);
    return withId(version, moduleId * 100 + number);
  }

  /**
   * A module published as version 1 with a two-question quiz (pass mark 100 %): the right answers
   * are option 1 of the first question and options 0 and 2 of the second.
   */
  static ModuleVersion publishedQuiz(long moduleId, String title, List<String> roles) {
    TrainingModule module = withId(new TrainingModule(title, "omar", NOW), moduleId);
    ModuleVersion version = new ModuleVersion(module, 1, "omar", NOW);
    ModuleDraft plain = draft(title, roles, List.of(), false);
    version.revise(
        new ModuleDraft(
            plain.title(),
            plain.summary(),
            plain.content(),
            null,
            100,
            plain.validityMonths(),
            plain.dueDays(),
            roles,
            List.of(),
            plain.coveredRules(),
            List.of(
                new ModuleDraft.Question(
                    "What do you say first?",
                    false,
                    List.of(
                        new ModuleDraft.Option("Nothing", false),
                        new ModuleDraft.Option("That you work here", true))),
                new ModuleDraft.Question(
                    "Which posts go to PR?",
                    true,
                    List.of(
                        new ModuleDraft.Option("A journalist asks", true),
                        new ModuleDraft.Option("An export question", false),
                        new ModuleDraft.Option("A boycott threat", true)))),
            false),
        "omar",
        NOW);
    version.publish("omar", NOW);
    module.publish(version);
    return withId(version, moduleId * 100 + 1);
  }

  /** Version 1 of a module required of employees, a completion of which is valid for the months. */
  static ModuleVersion publishedValidFor(long moduleId, int validityMonths) {
    TrainingModule module = withId(new TrainingModule("Short", "omar", NOW), moduleId);
    ModuleVersion version = new ModuleVersion(module, 1, "omar", NOW);
    ModuleDraft plain = draft("Short", List.of("employee"), List.of(), false);
    version.revise(
        new ModuleDraft(
            plain.title(),
            plain.summary(),
            plain.content(),
            null,
            null,
            validityMonths,
            plain.dueDays(),
            plain.requiredRoles(),
            plain.requiredDepartments(),
            plain.coveredRules(),
            List.of(),
            false),
        "omar",
        NOW);
    version.publish("omar", NOW);
    module.publish(version);
    return withId(version, moduleId * 100 + 1);
  }

  static ModuleDraft draft(
      String title, List<String> roles, List<String> departments, boolean recertify) {
    return new ModuleDraft(
        title,
        "Why and how",
        "# " + title,
        null,
        null,
        12,
        14,
        roles,
        departments,
        List.of("disclosure"),
        List.of(),
        recertify);
  }

  static Completion completion(long id, ModuleVersion version, String username, Instant at) {
    return withId(
        new Completion(
            version,
            new Trainee(username, username, Set.of(), Set.of()),
            CompletionSource.QUIZ,
            100,
            at,
            at,
            username,
            null,
            ZoneOffset.UTC),
        id);
  }

  static <T> T withId(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
