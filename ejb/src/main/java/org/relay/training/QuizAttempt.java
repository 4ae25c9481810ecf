package org.relay.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One try at a module's quiz, passed or not: HR sees how many tries people need. */
@Entity
@Table(name = "quiz_attempt")
@NamedQuery(
    name = "QuizAttempt.countFailedSince",
    query =
        "select count(a) from QuizAttempt a where a.username = :username and a.moduleId = :moduleId"
            + " and a.versionNumber = :version and a.passed = false and a.attemptedAt > :since")
public class QuizAttempt {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_attempt_seq")
  @SequenceGenerator(
      name = "quiz_attempt_seq",
      sequenceName = "quiz_attempt_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "module_id", nullable = false)
  private long moduleId;

  @Column(name = "version_number", nullable = false)
  private int versionNumber;

  @Column(nullable = false, length = 200)
  private String username;

  @Column(nullable = false)
  private int score;

  @Column(nullable = false)
  private boolean passed;

  @Column(name = "attempted_at", nullable = false)
  private Instant attemptedAt;

  protected QuizAttempt() {}

  QuizAttempt(ModuleVersion version, String username, Quiz.Result result, Instant at) {
    this.moduleId = version.getModule().getId();
    this.versionNumber = version.getNumber();
    this.username = username;
    this.score = result.score();
    this.passed = result.passed();
    this.attemptedAt = at;
  }
}
