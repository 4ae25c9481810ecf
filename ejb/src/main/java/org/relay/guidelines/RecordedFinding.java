package org.relay.guidelines;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * That a rule found something in an author's draft: one row per rule per submitted revision (the
 * server's verdict), or per refused revision ({@code draftId} null, {@code refusedRevision} the
 * revision the submission would have been; submitting it again adds nothing), so that repeated
 * findings can be counted per author and rule.
 */
@Entity
@Table(name = "draft_finding")
public class RecordedFinding {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "draft_finding_seq")
  @SequenceGenerator(
      name = "draft_finding_seq",
      sequenceName = "draft_finding_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "draft_id")
  private Long draftId;

  @Column(name = "mention_id", nullable = false)
  private long mentionId;

  @Column(nullable = false, length = 200)
  private String author;

  @Column(name = "rule_id", nullable = false, length = 40)
  private String ruleId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Severity severity;

  @Column(name = "found_at", nullable = false)
  private Instant foundAt;

  @Column(name = "refused_revision")
  private Integer refusedRevision;

  protected RecordedFinding() {}

  RecordedFinding(
      Long draftId,
      Integer refusedRevision,
      long mentionId,
      String author,
      String ruleId,
      Severity severity,
      Instant at) {
    this.draftId = draftId;
    this.refusedRevision = refusedRevision;
    this.mentionId = mentionId;
    this.author = author;
    this.ruleId = ruleId;
    this.severity = severity;
    this.foundAt = at;
  }
}
