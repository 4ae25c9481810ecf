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

/**
 * What mentions can be about, recognised by keywords and phrases. Topics are tried by position; the
 * first that matches wins, and routing.dmn decides by topic.
 */
@Entity
@Table(name = "topic")
@NamedQuery(name = "Topic.findAll", query = "select t from Topic t order by t.position, t.name")
public class Topic {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "topic_seq")
  @SequenceGenerator(name = "topic_seq", sequenceName = "topic_seq", allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(nullable = false, length = 60, unique = true)
  private String name;

  /** Comma-separated keywords and phrases. */
  @Column(nullable = false, length = 4000)
  private String keywords;

  @Column(nullable = false)
  private int position;

  protected Topic() {}

  Topic(String name, String keywords, int position) {
    this.name = name;
    this.keywords = keywords;
    this.position = position;
  }

  void define(String keywords, int position) {
    this.keywords = keywords;
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getKeywords() {
    return keywords;
  }

  public int getPosition() {
    return position;
  }
}
