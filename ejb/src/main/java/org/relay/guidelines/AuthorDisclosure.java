package org.relay.guidelines;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What an employee's public profile says about where they work ("Support engineer at Relay"), as
 * they registered it. On channels that show the author's profile, it discloses for them.
 */
@Entity
@Table(name = "author_disclosure")
public class AuthorDisclosure {

  @Id
  @Column(length = 200)
  private String username;

  @Column(nullable = false, length = 300)
  private String statement;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected AuthorDisclosure() {}

  AuthorDisclosure(String username) {
    this.username = username;
  }

  void state(String statement, Instant at) {
    this.statement = statement;
    this.updatedAt = at;
  }

  public String getStatement() {
    return statement;
  }
}
