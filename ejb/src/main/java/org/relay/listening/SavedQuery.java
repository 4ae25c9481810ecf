package org.relay.listening;

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
 * A listening query an administrator saved: which polled posts become mentions. It counts the posts
 * it kept and the ones it let go as noise.
 */
@Entity
@Table(name = "listening_query")
@NamedQuery(name = "SavedQuery.findAll", query = "select q from SavedQuery q order by q.name")
@NamedQuery(
    name = "SavedQuery.findEnabled",
    query = "select q from SavedQuery q where q.enabled = true order by q.name")
@NamedQuery(
    name = "SavedQuery.count",
    query =
        "update SavedQuery q set q.matched = q.matched + :matched, q.noise = q.noise + :noise"
            + " where q.id = :id")
public class SavedQuery {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listening_query_seq")
  @SequenceGenerator(
      name = "listening_query_seq",
      sequenceName = "listening_query_seq",
      allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(nullable = false, length = 120, unique = true)
  private String name;

  @Column(nullable = false, length = 2000)
  private String expression;

  /** Comma-separated ISO 639-1 codes; null for every language. */
  @Column(length = 200)
  private String languages;

  @Column(length = 2000)
  private String exclusions;

  @Column(nullable = false)
  private boolean enabled;

  @Column(nullable = false)
  private long matched;

  @Column(nullable = false)
  private long noise;

  @Column(name = "updated_by", nullable = false, length = 200)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected SavedQuery() {}

  SavedQuery(String name) {
    this.name = name;
  }

  void define(
      String name,
      String expression,
      String languages,
      String exclusions,
      boolean enabled,
      String by,
      Instant at) {
    this.name = name;
    this.expression = expression;
    this.languages = languages;
    this.exclusions = exclusions;
    this.enabled = enabled;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getExpression() {
    return expression;
  }

  public String getLanguages() {
    return languages;
  }

  public String getExclusions() {
    return exclusions;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public long getMatched() {
    return matched;
  }

  public long getNoise() {
    return noise;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
