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
 * A reply as it was published through a channel. The idempotency key (mention and draft) makes a
 * retried publication find the earlier one instead of posting twice.
 */
@Entity
@Table(name = "publication")
@NamedQuery(
    name = "Publication.findByKey",
    query = "select p from Publication p where p.idempotencyKey = :key")
@NamedQuery(
    name = "Publication.findByMention",
    query = "select p from Publication p where p.mentionId = :mentionId order by p.publishedAt")
public class Publication {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "publication_seq")
  @SequenceGenerator(
      name = "publication_seq",
      sequenceName = "publication_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "mention_id", nullable = false)
  private long mentionId;

  @Column(name = "draft_id", nullable = false)
  private long draftId;

  @Column(name = "idempotency_key", nullable = false, length = 100)
  private String idempotencyKey;

  @Column(nullable = false, length = 40)
  private String channel;

  @Column(nullable = false, length = 5000)
  private String text;

  @Column(length = 2000)
  private String url;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  protected Publication() {}

  Publication(
      long mentionId,
      long draftId,
      String idempotencyKey,
      String channel,
      String text,
      String url,
      Instant at) {
    this.mentionId = mentionId;
    this.draftId = draftId;
    this.idempotencyKey = idempotencyKey;
    this.channel = channel;
    this.text = text;
    this.url = url;
    this.publishedAt = at;
  }

  PublicationView view() {
    return new PublicationView(mentionId, draftId, channel, text, url, publishedAt);
  }
}
