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
import java.time.Duration;
import java.time.Instant;

/**
 * One source an administrator configured: a webhook, a feed, a Mastodon account or a file drop.
 * Mentions carry its {@code code}. Polled channels keep their connector's cursor and their status
 * (last poll, errors) here, so that every node of a cluster sees the same.
 */
@Entity
@Table(name = "channel")
@NamedQuery(name = "Channel.findAll", query = "select c from Channel c order by c.code")
@NamedQuery(name = "Channel.findByCode", query = "select c from Channel c where c.code = :code")
@NamedQuery(
    name = "Channel.findEnabledByCode",
    query = "select c.enabled from Channel c where c.code = :code")
@NamedQuery(
    name = "Channel.findDue",
    query =
        "select c.id from Channel c where c.enabled = true and c.type in :types"
            + " and (c.nextPollAt is null or c.nextPollAt <= :now) order by c.nextPollAt")
public class Channel {

  /** After this many failures in a row the poller waits the longest back-off. */
  private static final int MAX_BACKOFF_STEPS = 6;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "channel_seq")
  @SequenceGenerator(name = "channel_seq", sequenceName = "channel_seq", allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(nullable = false, length = 40, unique = true)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ChannelType type;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "source_url", length = 2000)
  private String sourceUrl;

  @Column(name = "access_token", length = 500)
  private String accessToken;

  @Column(length = 1000)
  private String hashtags;

  @Column(name = "search_terms", length = 1000)
  private String searchTerms;

  @Column(name = "watch_mentions", nullable = false)
  private boolean watchMentions;

  @Column(name = "poll_seconds", nullable = false)
  private int pollSeconds;

  @Column(name = "poll_state", length = 8000)
  private String pollState;

  @Column(name = "next_poll_at")
  private Instant nextPollAt;

  @Column(name = "last_poll_at")
  private Instant lastPollAt;

  @Column(name = "last_success_at")
  private Instant lastSuccessAt;

  @Column(name = "last_error", length = 2000)
  private String lastError;

  @Column(name = "posts_seen", nullable = false)
  private long postsSeen;

  @Column(nullable = false)
  private long noise;

  @Column(nullable = false)
  private long errors;

  @Column(name = "consecutive_failures", nullable = false)
  private int consecutiveFailures;

  protected Channel() {}

  Channel(String code, ChannelType type, String name) {
    this.code = code;
    this.type = type;
    this.name = name;
    this.enabled = true;
    this.pollSeconds = 300;
  }

  void configure(ChannelSettings settings) {
    this.name = settings.name().strip();
    this.enabled = settings.enabled();
    this.sourceUrl = blankToNull(settings.sourceUrl());
    if (settings.accessToken() != null && !settings.accessToken().isBlank()) {
      this.accessToken = settings.accessToken().strip();
    }
    this.hashtags = blankToNull(settings.hashtags());
    this.searchTerms = blankToNull(settings.searchTerms());
    this.watchMentions = settings.watchMentions();
    this.pollSeconds = settings.pollSeconds();
    this.nextPollAt = null;
  }

  /**
   * Records a poll that worked: {@code seen} posts read, {@code noise} of them not kept. The next
   * poll is after the interval, or once the source allows it ({@code notBefore}) if that is later;
   * a source that had more than one poll reads ({@code behind}) is polled again as soon as it
   * allows.
   */
  void pollSucceeded(
      Instant at, String newState, long seen, long noise, Instant notBefore, boolean behind) {
    lastPollAt = at;
    lastSuccessAt = at;
    lastError = null;
    consecutiveFailures = 0;
    pollState = newState;
    postsSeen += seen;
    this.noise += noise;
    Instant allowed = notBefore != null && notBefore.isAfter(at) ? notBefore : at;
    Instant regular = at.plusSeconds(pollSeconds);
    nextPollAt = behind || allowed.isAfter(regular) ? allowed : regular;
  }

  /**
   * Records a failed poll. The next try backs off exponentially (doubling the interval up to 64
   * times), or waits until the source said it may be asked again.
   */
  void pollFailed(Instant at, String error, Instant retryAfter) {
    lastPollAt = at;
    lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
    errors++;
    consecutiveFailures++;
    long factor = 1L << Math.min(consecutiveFailures, MAX_BACKOFF_STEPS);
    Instant backoff = at.plus(Duration.ofSeconds(pollSeconds).multipliedBy(factor));
    nextPollAt = retryAfter != null && retryAfter.isAfter(at) ? retryAfter : backoff;
  }

  /** Makes the channel due at once (an administrator's "poll now"). */
  void pollNow() {
    nextPollAt = null;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public ChannelType getType() {
    return type;
  }

  public String getName() {
    return name;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public String getSourceUrl() {
    return sourceUrl;
  }

  public String getAccessToken() {
    return accessToken;
  }

  public String getHashtags() {
    return hashtags;
  }

  public String getSearchTerms() {
    return searchTerms;
  }

  public boolean isWatchMentions() {
    return watchMentions;
  }

  public int getPollSeconds() {
    return pollSeconds;
  }

  public String getPollState() {
    return pollState;
  }

  public Instant getNextPollAt() {
    return nextPollAt;
  }

  public Instant getLastPollAt() {
    return lastPollAt;
  }

  public Instant getLastSuccessAt() {
    return lastSuccessAt;
  }

  public String getLastError() {
    return lastError;
  }

  public long getPostsSeen() {
    return postsSeen;
  }

  public long getNoise() {
    return noise;
  }

  public long getErrors() {
    return errors;
  }

  public int getConsecutiveFailures() {
    return consecutiveFailures;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
