package org.relay.guidelines;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One section of the guidelines in plain language (Markdown), linked from the findings. */
@Entity
@Table(name = "policy_section")
@NamedQuery(
    name = "PolicySection.findAll",
    query = "select s from PolicySection s order by s.position")
public class PolicySection {

  @Id
  @Column(name = "section_key", length = 40)
  private String key;

  @Version private int version;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 120)
  private String title;

  @Column(nullable = false, length = 20000)
  private String body;

  @Column(name = "updated_by", nullable = false, length = 200)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected PolicySection() {}

  void rewrite(String title, String body, String by, Instant at) {
    this.title = title;
    this.body = body;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public String getKey() {
    return key;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
