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

/** A comment on a draft revision by its author or a reviewer, possibly replying to another. */
@Entity
@Table(name = "draft_comment")
@NamedQuery(
    name = "DraftComment.findByMention",
    query =
        "select c from DraftComment c where c.mentionId = :mentionId order by c.createdAt, c.id")
public class DraftComment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "draft_comment_seq")
  @SequenceGenerator(
      name = "draft_comment_seq",
      sequenceName = "draft_comment_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "mention_id", nullable = false)
  private long mentionId;

  @Column(name = "draft_id", nullable = false)
  private long draftId;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(nullable = false, length = 200)
  private String author;

  @Column(nullable = false, length = 4000)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected DraftComment() {}

  DraftComment(
      long mentionId, long draftId, Long parentId, String author, String body, Instant at) {
    this.mentionId = mentionId;
    this.draftId = draftId;
    this.parentId = parentId;
    this.author = author;
    this.body = body;
    this.createdAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getMentionId() {
    return mentionId;
  }

  public long getDraftId() {
    return draftId;
  }

  public Long getParentId() {
    return parentId;
  }

  public String getAuthor() {
    return author;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
