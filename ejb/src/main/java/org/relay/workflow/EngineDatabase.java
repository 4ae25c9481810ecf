package org.relay.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * What Relay adds to the engine's own tables, run by the bootstrap outside any transaction: the
 * history level an operator changed, and the index that keeps job acquisition cheap.
 *
 * <p>The engine refuses to start when its configured history level differs from the one stored in
 * the database. Relay's level is a server setting, so a changed setting is written to the database
 * before the engine starts (every node of a cluster must use the same level).
 *
 * <p>Every routed mention leaves two SLA timers in {@code ACT_RU_JOB}, due hours later. Without an
 * index on the due date, each acquisition reads all of them to find the few jobs due now; with
 * {@code ensureJobDueDateNotNull} and acquisition by due date, it reads only those. The acquisition
 * also skips jobs of process instances that have an exclusive job running, which PostgreSQL finds
 * by hashing every locked job: the index on the lock's expiry lets it read only the locked ones
 * instead of the whole table.
 */
final class EngineDatabase {

  private static final Logger LOG = Logger.getLogger(EngineDatabase.class.getName());

  static final String DUE_DATE_INDEX = "RELAY_IDX_JOB_DUEDATE";
  static final String LOCK_INDEX = "RELAY_IDX_JOB_LOCK_EXP";

  private EngineDatabase() {}

  /** Writes the configured history level over a different stored one; nothing if none is stored. */
  static void reconcileHistoryLevel(DataSource dataSource, EngineSettings settings) {
    try (Connection connection = dataSource.getConnection()) {
      Integer stored = storedHistoryLevel(connection);
      if (stored == null || stored == settings.historyLevelId()) {
        return;
      }
      try (PreparedStatement update =
          connection.prepareStatement(
              "update ACT_GE_PROPERTY set VALUE_ = ? where NAME_ = 'historyLevel'")) {
        update.setString(1, String.valueOf(settings.historyLevelId()));
        update.executeUpdate();
      }
      LOG.warning(
          "The engine's history level changes from "
              + stored
              + " to "
              + settings.historyLevelId()
              + " ("
              + settings.historyLevel()
              + "): history written from now on follows the new level.");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the engine's history level", e);
    }
  }

  /** The acquisition indexes, and a due date for jobs created before every job had one. */
  static void tuneJobAcquisition(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "create index if not exists " + DUE_DATE_INDEX + " on ACT_RU_JOB (DUEDATE_)");
      statement.execute(
          "create index if not exists " + LOCK_INDEX + " on ACT_RU_JOB (LOCK_EXP_TIME_)");
      int dated =
          statement.executeUpdate(
              "update ACT_RU_JOB set DUEDATE_ = coalesce(CREATE_TIME_, current_timestamp)"
                  + " where DUEDATE_ is null");
      if (dated > 0) {
        LOG.info(dated + " waiting jobs without a due date are now due.");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prepare the engine's job table", e);
    }
  }

  private static Integer storedHistoryLevel(Connection connection) {
    try (Statement query = connection.createStatement();
        ResultSet row =
            query.executeQuery("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'")) {
      return row.next() ? Integer.valueOf(row.getString(1)) : null;
    } catch (SQLException e) {
      // No engine tables yet: the engine creates them with the configured level.
      return null;
    }
  }
}
