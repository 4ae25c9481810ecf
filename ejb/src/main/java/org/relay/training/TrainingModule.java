package org.relay.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A training module across its versions. Which version is in force ({@link #getPublishedVersion()},
 * 0 before the first publication) and from which version completions count ({@link
 * #getRecertifyFrom()}: a version published as requiring re-certification moves it) live here; the
 * content lives in the {@link ModuleVersion}s. A retired module requires nobody any more.
 */
@Entity
@Table(name = "training_module")
@NamedQuery(name = "TrainingModule.findAll", query = "select m from TrainingModule m order by m.id")
@NamedQuery(
    name = "TrainingModule.findInForce",
    query =
        "select m from TrainingModule m where m.publishedVersion > 0 and m.retiredAt is null"
            + " order by m.id")
public class TrainingModule {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_module_seq")
  @SequenceGenerator(
      name = "training_module_seq",
      sequenceName = "training_module_seq",
      allocationSize = 50)
  private Long id;

  @Version
  @Column(name = "lock_version")
  private int lockVersion;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "published_version", nullable = false)
  private int publishedVersion;

  @Column(name = "recertify_from", nullable = false)
  private int recertifyFrom;

  /** Until when completions of versions before {@link #recertifyFrom} still count. */
  @Column(name = "recertify_grace_until")
  private Instant recertifyGraceUntil;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 200)
  private String createdBy;

  @Column(name = "retired_at")
  private Instant retiredAt;

  @Column(name = "retired_by", length = 200)
  private String retiredBy;

  protected TrainingModule() {}

  TrainingModule(String title, String createdBy, Instant createdAt) {
    this.title = title;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.recertifyFrom = 1;
  }

  /**
   * The version (published) now in force. One that requires re-certification moves the baseline:
   * completions of earlier versions count only until its due days have passed since it was
   * published (the grace period in which everyone takes it), then no longer.
   */
  void publish(ModuleVersion version) {
    publishedVersion = version.getNumber();
    title = version.getTitle();
    if (version.isRequiresRecertification() && version.getNumber() > recertifyFrom) {
      recertifyFrom = version.getNumber();
      recertifyGraceUntil = version.getPublishedAt().plus(Duration.ofDays(version.getDueDays()));
    }
  }

  void retire(String by, Instant at) {
    retiredBy = by;
    retiredAt = at;
  }

  void retitle(String title) {
    this.title = title;
  }

  /** Published and not retired: it requires the people it applies to. */
  public boolean isInForce() {
    return publishedVersion > 0 && retiredAt == null;
  }

  public boolean isRetired() {
    return retiredAt != null;
  }

  /** Whether a completion of this version still counts for the module. */
  public boolean counts(int versionNumber) {
    return versionNumber >= recertifyFrom;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public int getPublishedVersion() {
    return publishedVersion;
  }

  public int getRecertifyFrom() {
    return recertifyFrom;
  }

  public Instant getRecertifyGraceUntil() {
    return recertifyGraceUntil;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getRetiredAt() {
    return retiredAt;
  }

  public String getRetiredBy() {
    return retiredBy;
  }
}
