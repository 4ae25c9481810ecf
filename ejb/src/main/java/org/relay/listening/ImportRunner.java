package org.relay.listening;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relay.listening.channels.ChannelException;
import org.relay.listening.channels.FileFormat;
import org.relay.listening.channels.MentionFileParser;
import org.relay.listening.channels.ParsedRow;
import org.relay.listening.channels.RawPost;
import org.relay.shared.Actor;
import org.relay.shared.InvalidInputException;
import org.relay.shared.RelayException;
import org.relay.shared.Roles;

/**
 * Reads one uploaded file row by row, hands every valid row to ingestion (each in a transaction of
 * its own) and records progress as it goes; outside any transaction itself.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRunner {

  private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());
  private static final int PROGRESS_EVERY = 100;

  @EJB IngestionService ingestion;
  @EJB ImportProgressRecorder recorder;

  private final MentionFileParser parser = new MentionFileParser();

  public void run(long jobId) {
    ImportJobView job = recorder.begin(jobId);
    if (job == null) {
      return;
    }
    Actor importer =
        new Actor(job.createdBy(), job.createdBy() + " (import)", Set.of(), Set.of(Roles.INGEST));
    Path file = ImportService.fileOf(jobId);
    Counts counts = new Counts();
    try (InputStream in = Files.newInputStream(file)) {
      parser.parse(
          in,
          FileFormat.valueOf(job.format()),
          (row, bytesRead) -> {
            counts.rows++;
            counts.readBytes = bytesRead;
            take(job.channel(), importer, row, counts);
            if (counts.rows % PROGRESS_EVERY == 0) {
              recorder.progress(jobId, counts.snapshot());
            }
          });
      recorder.finish(jobId, counts.snapshot(), ImportJob.State.FINISHED);
      Files.deleteIfExists(file);
    } catch (IOException | ChannelException | RuntimeException e) {
      LOG.log(Level.WARNING, "Import " + jobId + " failed", e);
      counts
          .report
          .append("The file could not be read to the end: ")
          .append(e.getMessage())
          .append('\n');
      recorder.finish(jobId, counts.snapshot(), ImportJob.State.FAILED);
    }
  }

  private void take(String channel, Actor importer, ParsedRow row, Counts counts) {
    if (row.post() == null) {
      counts.refuse(row.lineNumber(), String.join("; ", row.errors()));
      return;
    }
    RawPost post = row.post();
    try {
      boolean created =
          ingestion
              .ingest(
                  importer,
                  new NewMention(
                      channel,
                      post.externalId(),
                      post.author(),
                      post.text(),
                      post.url(),
                      post.postedAt(),
                      post.authorFollowers(),
                      post.inReplyTo(),
                      post.language()))
              .created();
      if (created) {
        counts.stored++;
      } else {
        counts.duplicates++;
      }
    } catch (InvalidInputException e) {
      StringBuilder why = new StringBuilder();
      e.errors().forEach(f -> why.append(f.field()).append(": ").append(f.message()).append("; "));
      counts.refuse(row.lineNumber(), why.length() == 0 ? e.getMessage() : why.toString());
    } catch (RelayException e) {
      counts.refuse(row.lineNumber(), e.getMessage());
    }
  }

  /** Running counts of one import. */
  private static final class Counts {
    long readBytes;
    long rows;
    long stored;
    long duplicates;
    long failed;
    final StringBuilder report = new StringBuilder();

    void refuse(long line, String why) {
      failed++;
      if (report.length() < ImportJob.REPORT_LIMIT) {
        report.append("line ").append(line).append(": ").append(why).append('\n');
      }
    }

    ImportProgress snapshot() {
      return new ImportProgress(readBytes, rows, stored, duplicates, failed, report.toString());
    }
  }
}
