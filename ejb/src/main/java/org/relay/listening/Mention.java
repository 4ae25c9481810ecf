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
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Something a member of the public posted about the company, as one channel delivered it. A mention
 * is unique by its channel and the channel's own id for it, so a re-delivery is never stored twice.
 */
@Entity
@Table(
    name = "mention",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_mention_channel_external_id",
            columnNames = {"channel", "external_id"}))
@NamedQuery(
    name = "Mention.findByChannelAndExternalId",
    query = "select m from Mention m where m.channel = :channel and m.externalId = :externalId")
@NamedQuery(name = "Mention.findByIds", query = "select m from Mention m where m.id in :ids")
@NamedQuery(
    name = "Mention.findByAuthor",
    query =
        "select m from Mention m where m.channel = :channel and m.author = :author"
            + " order by m.postedAt desc")
public class Mention {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mention_seq")
  @SequenceGenerator(name = "mention_seq", sequenceName = "mention_seq", allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(nullable = false, length = 40)
  private String channel;

  @Column(name = "external_id", nullable = false, length = 200)
  private String externalId;

  @Column(nullable = false, length = 200)
  private String author;

  @Column(nullable = false, length = 10000)
  private String text;

  @Column(length = 2000)
  private String url;

  @Column(name = "posted_at", nullable = false)
  private Instant postedAt;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(length = 60)
  private String topic;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private MentionState state = MentionState.NEW;

  @Column(name = "hot_issue", nullable = false)
  private boolean hotIssue;

  @Column(length = 8)
  private String language;

  @Column(length = 10)
  private String sentiment;

  @Column(name = "sentiment_score")
  private Double sentimentScore;

  @Column(name = "author_followers")
  private Integer authorFollowers;

  @Column(length = 10)
  private String reach;

  @Column(nullable = false)
  private boolean urgent;

  @Column(name = "employee_voice", nullable = false)
  private boolean employeeVoice;

  @Column(name = "in_reply_to", length = 200)
  private String inReplyTo;

  protected Mention() {}

  Mention(
      String channel,
      String externalId,
      String author,
      String text,
      String url,
      Instant postedAt,
      Instant receivedAt,
      Integer authorFollowers,
      String inReplyTo,
      String language) {
    this.authorFollowers = authorFollowers;
    this.inReplyTo = inReplyTo;
    this.language = language;
    this.channel = channel;
    this.externalId = externalId;
    this.author = author;
    this.text = text;
    this.url = url;
    this.postedAt = postedAt;
    this.receivedAt = receivedAt;
  }

  public Long getId() {
    return id;
  }

  public String getChannel() {
    return channel;
  }

  public String getExternalId() {
    return externalId;
  }

  public String getAuthor() {
    return author;
  }

  public String getText() {
    return text;
  }

  public String getUrl() {
    return url;
  }

  public Instant getPostedAt() {
    return postedAt;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getTopic() {
    return topic;
  }

  public MentionState getState() {
    return state;
  }

  public boolean isHotIssue() {
    return hotIssue;
  }

  /** Keeps what classification found; an employee's own post leaves the engagement at once. */
  void classifyAs(Classification found) {
    this.topic = found.topic();
    this.language = found.language();
    this.sentiment = found.sentiment();
    this.sentimentScore = found.sentimentScore();
    this.reach = found.reach();
    this.urgent = found.urgent();
    this.employeeVoice = found.employeeVoice();
    if (found.employeeVoice()) {
      state = MentionState.EMPLOYEE_VOICE;
    }
    if (found.crisis()) {
      hotIssue = true;
    }
  }

  public String getLanguage() {
    return language;
  }

  public String getSentiment() {
    return sentiment;
  }

  public Integer getAuthorFollowers() {
    return authorFollowers;
  }

  public boolean isEmployeeVoice() {
    return employeeVoice;
  }

  public String getInReplyTo() {
    return inReplyTo;
  }

  /** Moves the mention to a new state and returns the one it left (for the audit trail). */
  public MentionState moveTo(MentionState next) {
    MentionState previous = state;
    state = next;
    return previous;
  }

  public void markHotIssue() {
    hotIssue = true;
  }

  public MentionSummary summary() {
    return new MentionSummary(
        id,
        channel,
        externalId,
        author,
        text,
        url,
        postedAt,
        receivedAt,
        topic,
        state,
        hotIssue,
        language,
        sentiment,
        authorFollowers,
        reach,
        urgent,
        employeeVoice);
  }
}
