package org.relay.listening;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** Records an import's progress, each time in a transaction of its own, so the portal sees it. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportProgressRecorder {

  @PersistenceContext private EntityManager em;

  /** Marks the import running and returns it, or null when it is unknown or already done. */
  public ImportJobView begin(long jobId) {
    ImportJob job = em.find(ImportJob.class, jobId);
    if (job == null || !job.view().running()) {
      return null;
    }
    job.begin();
    return job.view();
  }

  public void progress(long jobId, ImportProgress progress) {
    em.find(ImportJob.class, jobId).progress(progress);
  }

  public void finish(long jobId, ImportProgress progress, ImportJob.State end) {
    ImportJob job = em.find(ImportJob.class, jobId);
    job.progress(progress);
    job.finish(end, Instant.now());
  }
}
