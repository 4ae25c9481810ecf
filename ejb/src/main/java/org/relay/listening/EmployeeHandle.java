package org.relay.listening;

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
 * A social handle an employee registered as their own. Posts by it are employee voice: kept, never
 * routed, and left out of what Relay counts as customers' voice.
 */
@Entity
@Table(name = "employee_handle")
@NamedQuery(
    name = "EmployeeHandle.findByUsername",
    query = "select h from EmployeeHandle h where h.username = :username order by h.handle")
@NamedQuery(
    name = "EmployeeHandle.countByHandle",
    query = "select count(h) from EmployeeHandle h where h.handle = :handle")
@NamedQuery(
    name = "EmployeeHandle.findByHandle",
    query = "select h from EmployeeHandle h where h.handle = :handle")
public class EmployeeHandle {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_handle_seq")
  @SequenceGenerator(
      name = "employee_handle_seq",
      sequenceName = "employee_handle_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 200)
  private String username;

  /** Normalised: lower case, without a leading {@code @}. */
  @Column(nullable = false, length = 200, unique = true)
  private String handle;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected EmployeeHandle() {}

  EmployeeHandle(String username, String handle, Instant createdAt) {
    this.username = username;
    this.handle = handle;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getHandle() {
    return handle;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
