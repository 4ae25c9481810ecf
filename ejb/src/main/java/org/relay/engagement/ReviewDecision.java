package org.relay.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reviewer's verdict on one draft revision. */
@Entity
@Table(name = "review_decision")
@NamedQuery(
    name = "ReviewDecision.findByDrafts",
    query = "select r from ReviewDecision r where r.draftId in :draftIds order by r.decidedAt")
public class ReviewDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_decision_seq")
  @SequenceGenerator(
      name = "review_decision_seq",
      sequenceName = "review_decision_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "draft_id", nullable = false)
  private long draftId;

  @Column(nullable = false, length = 20)
  private String kind;

  @Column(nullable = false, length = 200)
  private String reviewer;

  @Column(nullable = false, length = 20)
  private String outcome;

  @Column(length = 4000)
  private String comment;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  protected ReviewDecision() {}

  ReviewDecision(
      long draftId, String kind, String reviewer, String outcome, String comment, Instant at) {
    this.draftId = draftId;
    this.kind = kind;
    this.reviewer = reviewer;
    this.outcome = outcome;
    this.comment = comment;
    this.decidedAt = at;
  }

  ReviewView view() {
    return new ReviewView(draftId, kind, reviewer, outcome, comment, decidedAt);
  }
}
