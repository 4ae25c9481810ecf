package org.relay.guidelines;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A canned message: a starting point PR wrote for common questions, optionally for one topic.
 * Retired messages stay on record but are offered to nobody.
 */
@Entity
@Table(name = "canned_message")
@NamedQuery(
    name = "CannedMessage.findAll",
    query = "select m from CannedMessage m order by m.retired, m.topic, m.title")
// In id order, so that transactions locking all of them take the locks in the same order.
@NamedQuery(
    name = "CannedMessage.findAllInIdOrder",
    query = "select m from CannedMessage m order by m.id")
@NamedQuery(
    name = "CannedMessage.findActive",
    query = "select m from CannedMessage m where m.retired = false order by m.title")
public class CannedMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "canned_message_seq")
  @SequenceGenerator(
      name = "canned_message_seq",
      sequenceName = "canned_message_seq",
      allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(nullable = false, length = 120)
  private String title;

  @Column(nullable = false, length = 5000)
  private String text;

  @Column(length = 60)
  private String topic;

  @Column(nullable = false)
  private boolean retired;

  @Column(nullable = false)
  private long uses;

  @Column(name = "created_by", nullable = false, length = 200)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_by", nullable = false, length = 200)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected CannedMessage() {}

  CannedMessage(String by, Instant at) {
    this.createdBy = by;
    this.createdAt = at;
  }

  void define(String title, String text, String topic, String by, Instant at) {
    this.title = title;
    this.text = text;
    this.topic = topic;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  void retire(String by, Instant at) {
    retired = true;
    updatedBy = by;
    updatedAt = at;
  }

  void used() {
    uses++;
  }

  CannedMessageView view(boolean frozen) {
    return new CannedMessageView(
        id, title, text, topic, retired, frozen, uses, createdBy, updatedBy, updatedAt);
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getText() {
    return text;
  }

  public String getTopic() {
    return topic;
  }

  public boolean isRetired() {
    return retired;
  }
}
