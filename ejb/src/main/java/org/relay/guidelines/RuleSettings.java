package org.relay.guidelines;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An administrator's settings of one guideline rule: on or off, and its parameters as JSON. */
@Entity
@Table(name = "guideline_rule")
@NamedQuery(name = "RuleSettings.findAll", query = "select r from RuleSettings r")
public class RuleSettings {

  @Id
  @Column(name = "rule_id", length = 40)
  private String ruleId;

  @Version private int version;

  @Column(nullable = false)
  private boolean enabled;

  @Column(nullable = false, length = 20000)
  private String parameters;

  @Column(name = "updated_by", nullable = false, length = 200)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected RuleSettings() {}

  RuleSettings(String ruleId) {
    this.ruleId = ruleId;
  }

  void define(boolean enabled, String parameters, String by, Instant at) {
    this.enabled = enabled;
    this.parameters = parameters;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public String getRuleId() {
    return ruleId;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public String getParameters() {
    return parameters;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
