package org.relay.testing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stopping the servers this code started, gently first. */
public final class Processes {

  private Processes() {}

  /**
   * Asks the process and everything it started to stop (SIGTERM), children first: a shell script
   * waiting on a foreground java does not pass the signal on. Kills what is still running after the
   * grace period.
   */
  public static void stop(Process process, Duration grace) {
    List<ProcessHandle> tree = process.descendants().toList();
    tree.forEach(ProcessHandle::destroy);
    process.destroy();
    long deadline = System.nanoTime() + grace.toNanos();
    try {
      for (ProcessHandle handle : tree) {
        long left = Math.max(0, deadline - System.nanoTime());
        handle.onExit().get(left, TimeUnit.NANOSECONDS);
      }
      process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception timedOut) {
      // Fall through to the forcible stop below.
    }
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    if (process.isAlive()) {
      process.destroyForcibly();
    }
  }
}
