package org.relay.listening;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One uploaded file of mentions, exported from another tool, and how far its import got: bytes
 * read, rows stored, already there, refused, with a report of the refused rows.
 */
@Entity
@Table(name = "import_job")
@NamedQuery(name = "ImportJob.findRecent", query = "select j from ImportJob j order by j.id desc")
@NamedQuery(
    name = "ImportJob.findUnfinished",
    query = "select j.id from ImportJob j where j.state in :states order by j.id")
public class ImportJob {

  /** Where an import stands. */
  public enum State {
    QUEUED,
    RUNNING,
    FINISHED,
    FAILED
  }

  /** The report keeps this many characters; the counts stay exact beyond it. */
  static final int REPORT_LIMIT = 20000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
  @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(nullable = false, length = 40)
  private String channel;

  @Column(name = "file_name", nullable = false, length = 300)
  private String fileName;

  @Column(nullable = false, length = 10)
  private String format;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private State state = State.QUEUED;

  @Column(name = "total_bytes", nullable = false)
  private long totalBytes;

  @Column(name = "read_bytes", nullable = false)
  private long readBytes;

  @Column(name = "rows_read", nullable = false)
  private long rowsRead;

  @Column(nullable = false)
  private long stored;

  @Column(nullable = false)
  private long duplicates;

  @Column(nullable = false)
  private long failed;

  @Column(length = REPORT_LIMIT)
  private String report;

  @Column(name = "created_by", nullable = false, length = 200)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected ImportJob() {}

  ImportJob(
      String channel,
      String fileName,
      String format,
      long totalBytes,
      String createdBy,
      Instant createdAt) {
    this.channel = channel;
    this.fileName = fileName;
    this.format = format;
    this.totalBytes = totalBytes;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** Starts (or, after a restart, starts over: ingestion answers re-read rows as duplicates). */
  void begin() {
    state = State.RUNNING;
    readBytes = 0;
    rowsRead = 0;
    stored = 0;
    duplicates = 0;
    failed = 0;
    report = null;
  }

  void progress(ImportProgress progress) {
    readBytes = progress.readBytes();
    rowsRead = progress.rows();
    stored = progress.stored();
    duplicates = progress.duplicates();
    failed = progress.failed();
    String text = progress.report();
    report =
        text.isEmpty()
            ? null
            : text.length() > REPORT_LIMIT ? text.substring(0, REPORT_LIMIT) : text;
  }

  void finish(State end, Instant at) {
    state = end;
    finishedAt = at;
  }

  public ImportJobView view() {
    return new ImportJobView(
        id,
        channel,
        fileName,
        format,
        state,
        totalBytes,
        readBytes,
        rowsRead,
        stored,
        duplicates,
        failed,
        report,
        createdBy,
        createdAt,
        finishedAt);
  }

  public Long getId() {
    return id;
  }

  public String getChannel() {
    return channel;
  }

  public String getFormat() {
    return format;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
