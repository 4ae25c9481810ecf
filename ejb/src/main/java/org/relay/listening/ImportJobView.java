package org.relay.listening;

import java.time.Instant;

/**
 * An import as the portal shows it.
 *
 * @param report one line per refused row: its line number and what is wrong
 */
public record ImportJobView(
    long id,
    String channel,
    String fileName,
    String format,
    ImportJob.State state,
    long totalBytes,
    long readBytes,
    long rows,
    long stored,
    long duplicates,
    long failed,
    String report,
    String createdBy,
    Instant createdAt,
    Instant finishedAt) {

  /** Percent of the file read, for the progress bar. */
  public int percent() {
    if (state == ImportJob.State.FINISHED) {
      return 100;
    }
    return totalBytes <= 0 ? 0 : (int) Math.min(99, readBytes * 100 / totalBytes);
  }

  public boolean running() {
    return state == ImportJob.State.QUEUED || state == ImportJob.State.RUNNING;
  }
}
