package org.relay.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing that happened to a mention. Never changed once written. */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = "AuditEvent.findByMention",
    query = "select e from AuditEvent e where e.mentionId = :mentionId order by e.occurredAt, e.id")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
  @SequenceGenerator(
      name = "audit_event_seq",
      sequenceName = "audit_event_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "mention_id", nullable = false)
  private long mentionId;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 200)
  private String actor;

  @Column(nullable = false, length = 40)
  private String action;

  @Column(name = "from_state", length = 30)
  private String fromState;

  @Column(name = "to_state", length = 30)
  private String toState;

  @Column(length = 4000)
  private String detail;

  protected AuditEvent() {}

  AuditEvent(
      long mentionId,
      Instant occurredAt,
      String actor,
      String action,
      String fromState,
      String toState,
      String detail) {
    this.mentionId = mentionId;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.fromState = fromState;
    this.toState = toState;
    this.detail = detail;
  }

  TimelineEntry entry() {
    return new TimelineEntry(occurredAt, actor, action, fromState, toState, detail);
  }
}
