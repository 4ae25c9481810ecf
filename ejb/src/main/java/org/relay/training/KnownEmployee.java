package org.relay.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * Someone Relay has seen sign in, with the departments and roles of their latest sign-in. Relay
 * still keeps no user table: Keycloak remains the directory; this only tells a first sign-in (which
 * assigns the modules that apply) from the next ones.
 */
@Entity
@Table(name = "known_employee")
public class KnownEmployee {

  @Id
  @Column(length = 200)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(nullable = false, length = 1000)
  private String departments;

  @Column(nullable = false, length = 1000)
  private String roles;

  @Column(name = "first_seen_at", nullable = false)
  private Instant firstSeenAt;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  protected KnownEmployee() {}

  KnownEmployee(Trainee trainee, Instant at) {
    this.username = trainee.username();
    this.firstSeenAt = at;
    seen(trainee, at);
  }

  /** Records this sign-in; true if the departments or roles differ from the last one's. */
  boolean seen(Trainee trainee, Instant at) {
    String newDepartments = join(trainee.departments());
    String newRoles = join(trainee.roles());
    boolean changed =
        lastSeenAt != null && (!newDepartments.equals(departments) || !newRoles.equals(roles));
    displayName = trainee.displayName();
    departments = newDepartments;
    roles = newRoles;
    lastSeenAt = at;
    return changed;
  }

  private static String join(Set<String> names) {
    String joined = String.join(",", new TreeSet<>(names));
    return joined.length() > 1000 ? joined.substring(0, 1000) : joined;
  }

  public String getUsername() {
    return username;
  }

  public Instant getFirstSeenAt() {
    return firstSeenAt;
  }
}
