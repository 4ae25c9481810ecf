package org.relay.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Training modules and their versions. Runs in the caller's transaction. */
@ApplicationScoped
public class ModuleRepository {

  @PersistenceContext private EntityManager em;

  public List<TrainingModule> findAll() {
    return em.createNamedQuery("TrainingModule.findAll", TrainingModule.class).getResultList();
  }

  /** Published and not retired: the modules that require people. */
  public List<TrainingModule> findInForce() {
    return em.createNamedQuery("TrainingModule.findInForce", TrainingModule.class).getResultList();
  }

  /** The versions in force of the modules in force, in the modules' order. */
  public List<ModuleVersion> findVersionsInForce() {
    return em.createNamedQuery("ModuleVersion.findInForce", ModuleVersion.class).getResultList();
  }

  public Optional<TrainingModule> find(long id) {
    return Optional.ofNullable(em.find(TrainingModule.class, id));
  }

  /** Every version of the module, newest first. */
  public List<ModuleVersion> versions(long moduleId) {
    return em.createNamedQuery("ModuleVersion.findByModule", ModuleVersion.class)
        .setParameter("moduleId", moduleId)
        .getResultList();
  }

  public Optional<ModuleVersion> version(long moduleId, int number) {
    return em.createNamedQuery("ModuleVersion.find", ModuleVersion.class)
        .setParameter("moduleId", moduleId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  /** The version in force, if the module was ever published. */
  public Optional<ModuleVersion> published(TrainingModule module) {
    return module.getPublishedVersion() == 0
        ? Optional.empty()
        : version(module.getId(), module.getPublishedVersion());
  }

  /** The version HR is editing, if any. */
  public Optional<ModuleVersion> draft(long moduleId) {
    return versions(moduleId).stream().filter(v -> v.getState() == VersionState.DRAFT).findFirst();
  }

  public TrainingModule store(TrainingModule module) {
    em.persist(module);
    return module;
  }

  public ModuleVersion store(ModuleVersion version) {
    em.persist(version);
    return version;
  }

  /** Writes the changes now; one that raced another HR user's is refused with the message. */
  public void flush(String conflict) {
    Writes.flush(em, conflict);
  }
}
