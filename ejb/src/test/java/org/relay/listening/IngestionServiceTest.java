package org.relay.listening;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class IngestionServiceTest {

  @Test
  void shouldRecogniseADuplicateKeyDeepInsideTheRolledBackTransaction() {
    var duplicate =
        new EJBTransactionRolledbackException(
            "rolled back",
            new PersistenceException(
                new SQLException("duplicate key value violates unique constraint", "23505")));

    assertThat(IngestionService.isUniqueKeyViolation(duplicate)).isTrue();
  }

  @Test
  void shouldNotMistakeOtherFailuresForADuplicate() {
    var lostConnection =
        new EJBTransactionRolledbackException(
            "rolled back", new PersistenceException(new SQLException("connection lost", "08006")));

    assertThat(IngestionService.isUniqueKeyViolation(lostConnection)).isFalse();
    assertThat(IngestionService.isUniqueKeyViolation(new IllegalStateException("no"))).isFalse();
  }
}
