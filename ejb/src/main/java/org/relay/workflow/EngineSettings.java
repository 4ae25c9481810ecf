package org.relay.workflow;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineConfiguration;

/**
 * How the embedded engine keeps history and runs its jobs, from the server's settings ({@code
 * relay.engine.*} system properties, set from RELAY_ENGINE_HISTORY, RELAY_HISTORY_CLEANUP_WINDOW
 * and RELAY_JOB_THREADS by the provisioning scripts).
 *
 * <p>The default history level is {@code activity}: process, activity and task instances are kept
 * (who did which step, when), but not every variable change, decision input or job log. Relay's own
 * audit trail already records every transition of a mention with who, when and why, and the finer
 * levels cost about three times the rows per mention (see docs/benchmarks.md).
 *
 * <p>Job threads: the job executor's worker threads, and as many jobs taken per acquisition. The
 * routing of every mention is a job (the process continues asynchronously after its start), so on a
 * node that also answers the ingestion API this is the share of the CPU that routing gets under
 * load (docs/benchmarks.md). Unset or 0, Camunda's defaults apply: 3 threads, growing to 10 while
 * more than 3 jobs wait for a thread.
 *
 * @param historyLevel none, activity, audit or full
 * @param cleanupWindowStart when the engine's history cleanup may start (HH:mm, server time)
 * @param cleanupWindowEnd when it must stop
 * @param jobThreads worker threads of the job executor, 1 to 64, or 0 for Camunda's defaults
 */
record EngineSettings(
    String historyLevel, String cleanupWindowStart, String cleanupWindowEnd, int jobThreads) {

  static final String HISTORY_PROPERTY = "relay.engine.history";
  static final String CLEANUP_WINDOW_PROPERTY = "relay.engine.history-cleanup-window";
  static final String DEFAULT_HISTORY = ProcessEngineConfiguration.HISTORY_ACTIVITY;
  static final String JOB_THREADS_PROPERTY = "relay.engine.job-threads";
  static final String DEFAULT_CLEANUP_WINDOW = "01:00-05:00";
  static final int DEFAULT_JOB_THREADS = 0;
  private static final int MAX_JOB_THREADS = 64;

  private static final Set<String> LEVELS =
      Set.of(
          ProcessEngineConfiguration.HISTORY_NONE,
          ProcessEngineConfiguration.HISTORY_ACTIVITY,
          ProcessEngineConfiguration.HISTORY_AUDIT,
          ProcessEngineConfiguration.HISTORY_FULL);
  private static final Pattern WINDOW =
      Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d");

  EngineSettings {
    if (!LEVELS.contains(historyLevel)) {
      throw new IllegalStateException(
          "Relay setting "
              + HISTORY_PROPERTY
              + " is '"
              + historyLevel
              + "': it must be one of none, activity, audit or full.");
    }
    if (jobThreads < 0 || jobThreads > MAX_JOB_THREADS) {
      throw new IllegalStateException(
          "Relay setting "
              + JOB_THREADS_PROPERTY
              + " is "
              + jobThreads
              + ": it must be between 1 and "
              + MAX_JOB_THREADS
              + ", or 0 for the engine's defaults.");
    }
  }

  /** The settings the server defines, with the defaults for those it does not. */
  static EngineSettings fromSystemProperties() {
    return of(
        System.getProperty(HISTORY_PROPERTY),
        System.getProperty(CLEANUP_WINDOW_PROPERTY),
        System.getProperty(JOB_THREADS_PROPERTY));
  }

  static EngineSettings of(String history, String cleanupWindow, String jobThreads) {
    String level =
        history == null || history.isBlank()
            ? DEFAULT_HISTORY
            : history.strip().toLowerCase(Locale.ROOT);
    String window =
        cleanupWindow == null || cleanupWindow.isBlank()
            ? DEFAULT_CLEANUP_WINDOW
            : cleanupWindow.strip();
    Matcher matcher = WINDOW.matcher(window);
    if (!matcher.matches()) {
      throw new IllegalStateException(
          "Relay setting "
              + CLEANUP_WINDOW_PROPERTY
              + " is '"
              + window
              + "': it must be a window like 01:00-05:00.");
    }
    String[] ends = window.split("-");
    return new EngineSettings(level, ends[0], ends[1], threads(jobThreads));
  }

  private static int threads(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_JOB_THREADS;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "Relay setting "
              + JOB_THREADS_PROPERTY
              + " is '"
              + value
              + "': it must be a whole number between 1 and "
              + MAX_JOB_THREADS
              + ", or 0 for the engine's defaults.",
          e);
    }
  }

  /** The number the engine stores for the level in its property table. */
  int historyLevelId() {
    return switch (historyLevel) {
      case ProcessEngineConfiguration.HISTORY_NONE -> 0;
      case ProcessEngineConfiguration.HISTORY_ACTIVITY -> 1;
      case ProcessEngineConfiguration.HISTORY_AUDIT -> 2;
      default -> 3;
    };
  }
}
