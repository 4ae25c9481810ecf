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

/**
 * One revision of a reply to a mention, with the guideline findings the server made when it was
 * submitted, of exactly this text. Revisions are immutable and kept; the one published is exactly
 * the one checked and approved.
 */
@Entity
@Table(name = "draft")
@NamedQuery(
    name = "Draft.findByMention",
    query = "select d from Draft d where d.mentionId = :mentionId order by d.revision")
public class Draft {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "draft_seq")
  @SequenceGenerator(name = "draft_seq", sequenceName = "draft_seq", allocationSize = 50)
  private Long id;

  @Column(name = "mention_id", nullable = false)
  private long mentionId;

  @Column(nullable = false)
  private int revision;

  @Column(nullable = false, length = 200)
  private String author;

  @Column(nullable = false, length = 5000)
  private String text;

  @Column(nullable = false, length = 20000)
  private String findings;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Draft() {}

  Draft(long mentionId, int revision, String author, String text, String findings, Instant at) {
    this.mentionId = mentionId;
    this.revision = revision;
    this.author = author;
    this.text = text;
    this.findings = findings;
    this.createdAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getMentionId() {
    return mentionId;
  }

  public int getRevision() {
    return revision;
  }

  public String getAuthor() {
    return author;
  }

  public String getText() {
    return text;
  }

  String getFindings() {
    return findings;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
