package org.relay.training;

import java.lang.reflect.Field;
import java.time.Instant;
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
            null),
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
