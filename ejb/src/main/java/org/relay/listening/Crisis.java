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
 * A crisis on one topic: raised by a crisis term, a spike in volume or a person, ended only by PR.
 * While it lasts, new mentions of the topic take the crisis path to PR, every draft about it needs
 * PR's approval, and PR may attach a holding statement that authors see while they write.
 */
@Entity
@Table(name = "crisis")
@NamedQuery(
    name = "Crisis.findActive",
    query = "select c from Crisis c where c.endedAt is null order by c.startedAt desc")
@NamedQuery(
    name = "Crisis.findActiveByTopic",
    query = "select c from Crisis c where c.activeTopic = :topic")
@NamedQuery(
    name = "Crisis.countActiveByTopic",
    query = "select count(c) from Crisis c where c.activeTopic = :topic")
@NamedQuery(name = "Crisis.findRecent", query = "select c from Crisis c order by c.startedAt desc")
public class Crisis {

  /** What raised a crisis. */
  public enum Reason {
    TERM,
    SPIKE,
    MANUAL
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crisis_seq")
  @SequenceGenerator(name = "crisis_seq", sequenceName = "crisis_seq", allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(nullable = false, length = 60)
  private String topic;

  @Column(name = "active_topic", length = 60, unique = true)
  private String activeTopic;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Reason reason;

  @Column(nullable = false, length = 2000)
  private String detail;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "started_by", nullable = false, length = 200)
  private String startedBy;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "ended_by", length = 200)
  private String endedBy;

  @Column(name = "end_note", length = 2000)
  private String endNote;

  @Column(name = "holding_statement", length = 2000)
  private String holdingStatement;

  @Column(name = "holding_statement_by", length = 200)
  private String holdingStatementBy;

  @Column(name = "holding_statement_at")
  private Instant holdingStatementAt;

  protected Crisis() {}

  Crisis(String topic, Reason reason, String detail, Instant startedAt, String startedBy) {
    this.topic = topic;
    this.activeTopic = topic;
    this.reason = reason;
    this.detail = detail.length() > 2000 ? detail.substring(0, 2000) : detail;
    this.startedAt = startedAt;
    this.startedBy = startedBy;
  }

  void end(String by, String note, Instant at) {
    activeTopic = null;
    endedAt = at;
    endedBy = by;
    endNote = note;
  }

  /** PR's statement that replies about the crisis build on; null removes it. */
  void holdingStatement(String statement, String by, Instant at) {
    holdingStatement = statement;
    holdingStatementBy = by;
    holdingStatementAt = at;
  }

  public boolean isActive() {
    return endedAt == null;
  }

  public CrisisView view() {
    return new CrisisView(
        id,
        topic,
        reason,
        detail,
        startedAt,
        startedBy,
        endedAt,
        endedBy,
        endNote,
        holdingStatement,
        holdingStatementBy,
        holdingStatementAt);
  }

  public Long getId() {
    return id;
  }

  public String getTopic() {
    return topic;
  }
}
