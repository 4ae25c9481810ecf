package org.relay.listening;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.relay.shared.Actor;
import org.relay.shared.Checks;
import org.relay.shared.NotFoundException;
import org.relay.shared.Roles;

/**
 * Imports CSV and JSON Lines files exported from other tools. The upload is kept on the server's
 * data directory before it is acknowledged, then read in the background with progress the portal
 * shows; every row goes through the same ingestion (and idempotency) as the webhook. An import a
 * restart interrupted starts over, and rows already stored come back as duplicates.
 */
@Stateless
public class ImportService {

  /** The largest file Relay takes in one import. */
  public static final long MAX_BYTES = 200L * 1024 * 1024;

  @PersistenceContext private EntityManager em;
  @Inject ChannelRepository channels;
  @EJB ImportRunner runner;
  @Resource ManagedExecutorService executor;
  @Resource TransactionSynchronizationRegistry transaction;

  public ImportJobView start(
      Actor actor, String channelCode, String fileName, InputStream content, long size) {
    Checks.requireRole(actor, "Only administrators may import files.", Roles.ADMIN);
    String message = "The file was not imported.";
    Channel channel =
        channels
            .findByCode(channelCode == null ? "" : channelCode)
            .filter(Channel::isEnabled)
            .orElseThrow(
                () ->
                    Checks.invalid(message, "channel", "choose an enabled channel to import into"));
    String name = fileName == null ? "" : Path.of(fileName).getFileName().toString();
    String format = formatOf(name);
    if (format == null) {
      throw Checks.invalid(message, "file", "must be a .csv or a .jsonl (JSON Lines) file");
    }
    if (size > MAX_BYTES) {
      throw Checks.invalid(message, "file", "must be at most " + MAX_BYTES / 1024 / 1024 + " MB");
    }
    ImportJob job =
        new ImportJob(
            channel.getCode(),
            name.length() > 300 ? name.substring(0, 300) : name,
            format,
            size,
            actor.username(),
            Instant.now());
    em.persist(job);
    em.flush();
    keep(job.getId(), content);
    long id = job.getId();
    transaction.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              executor.execute(() -> runner.run(id));
            }
          }
        });
    return job.view();
  }

  public ImportJobView job(Actor actor, long id) {
    Checks.requireRole(actor, "Only administrators may see imports.", Roles.ADMIN);
    ImportJob job = em.find(ImportJob.class, id);
    if (job == null) {
      throw new NotFoundException("No import " + id + ".");
    }
    return job.view();
  }

  public List<ImportJobView> recent(Actor actor) {
    Checks.requireRole(actor, "Only administrators may see imports.", Roles.ADMIN);
    return em
        .createNamedQuery("ImportJob.findRecent", ImportJob.class)
        .setMaxResults(20)
        .getResultList()
        .stream()
        .map(ImportJob::view)
        .toList();
  }

  /** Runs again the imports a restart interrupted. */
  public void resumeUnfinished() {
    em.createNamedQuery("ImportJob.findUnfinished", Long.class)
        .setParameter("states", List.of(ImportJob.State.QUEUED, ImportJob.State.RUNNING))
        .getResultList()
        .forEach(id -> executor.execute(() -> runner.run(id)));
  }

  static String formatOf(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv")) {
      return "CSV";
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return "JSONL";
    }
    return null;
  }

  /** The directory uploads are kept in until their import is done. */
  static Path directory() {
    String base = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
    return Path.of(base, "relay-imports");
  }

  static Path fileOf(long jobId) {
    return directory().resolve(jobId + ".upload");
  }

  private static void keep(long jobId, InputStream content) {
    try {
      Files.createDirectories(directory());
      Files.copy(content, fileOf(jobId), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("The upload could not be kept on the server", e);
    }
  }
}
