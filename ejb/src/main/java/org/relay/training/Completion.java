package org.relay.training;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * An employee completed one version of a module, and until when that counts. Never changed once
 * written: a later version that requires re-certification makes it stop counting without touching
 * it, so the record of what someone took stays true.
 */
@Entity
@Table(name = "training_completion")
@NamedQuery(
    name = "Completion.findByUser",
    query = "select c from Completion c where c.username = :username order by c.completedAt desc")
@NamedQuery(
    name = "Completion.findByUserAndModule",
    query =
        "select c from Completion c where c.username = :username and c.moduleId = :moduleId"
            + " order by c.completedAt desc")
@NamedQuery(
    name = "Completion.findByModules",
    query = "select c from Completion c where c.moduleId in :moduleIds")
public class Completion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_completion_seq")
  @SequenceGenerator(
      name = "training_completion_seq",
      sequenceName = "training_completion_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "module_id", nullable = false)
  private long moduleId;

  @Column(name = "version_number", nullable = false)
  private int versionNumber;

  @Column(nullable = false, length = 200)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CompletionSource source;

  private Integer score;

  @Column(name = "completed_at", nullable = false)
  private Instant completedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 200)
  private String recordedBy;

  @Column(length = 2000)
  private String note;

  protected Completion() {}

  /**
   * A completion of the version, valid for its validity in months from the day it was completed, to
   * the end of that day (months and days as the company's calendar counts them, in {@code zone}):
   * done on 14 March at 23:30, valid through 14 March a year later.
   */
  Completion(
      ModuleVersion version,
      Trainee trainee,
      CompletionSource source,
      Integer score,
      Instant completedAt,
      Instant recordedAt,
      String recordedBy,
      String note,
      ZoneId zone) {
    this.moduleId = version.getModule().getId();
    this.versionNumber = version.getNumber();
    this.username = trainee.username();
    this.displayName = trainee.displayName();
    this.source = source;
    this.score = score;
    this.completedAt = completedAt;
    this.expiresAt = expiry(completedAt, version.getValidityMonths(), zone);
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
    this.note = note;
  }

  /** The start of the day after the same day {@code validityMonths} later, in the zone. */
  static Instant expiry(Instant completedAt, int validityMonths, ZoneId zone) {
    return LocalDate.ofInstant(completedAt, zone)
        .plusMonths(validityMonths)
        .plusDays(1)
        .atStartOfDay(zone)
        .toInstant();
  }

  public boolean isValidAt(Instant now) {
    return expiresAt.isAfter(now);
  }

  public Long getId() {
    return id;
  }

  public long getModuleId() {
    return moduleId;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public CompletionSource getSource() {
    return source;
  }

  public Integer getScore() {
    return score;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public String getNote() {
    return note;
  }
}
