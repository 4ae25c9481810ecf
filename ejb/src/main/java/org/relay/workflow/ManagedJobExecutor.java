package org.relay.workflow;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;

/**
 * Camunda's job executor, with its worker threads made by the server's managed thread factory so
 * that jobs run with the application's context (class loader, naming, CDI, EJB calls).
 */
class ManagedJobExecutor extends DefaultJobExecutor {

  private final ManagedThreadFactory threadFactory;

  /** {@code threads}: a fixed pool of that many workers, or 0 for Camunda's defaults. */
  ManagedJobExecutor(ManagedThreadFactory threadFactory, int threads) {
    this.threadFactory = threadFactory;
    // A fixed pool: as many workers as jobs taken per acquisition, and a queue of one acquisition
    // (Camunda's defaults are 3 core threads growing to 10 only once the queue of 3 is full).
    if (threads > 0) {
      setCorePoolSize(threads);
      setMaxPoolSize(threads);
      setQueueSize(threads);
      setMaxJobsPerAcquisition(threads);
    }
    // The acquisition thread never waits longer than maxWait; keep it above waitTime or it spins.
    // Jobs this node creates wake it at once; 10 s bounds the wait for timers that fall due and
    // for jobs retried by an administrator.
    setWaitTimeInMillis(2_000);
    setMaxWait(10_000);
  }

  @Override
  protected void startExecutingJobs() {
    if (threadPoolExecutor == null || threadPoolExecutor.isShutdown()) {
      threadPoolExecutor =
          new ThreadPoolExecutor(
              corePoolSize,
              maxPoolSize,
              0L,
              TimeUnit.MILLISECONDS,
              new ArrayBlockingQueue<>(queueSize),
              threadFactory);
    }
    startJobAcquisitionThread();
  }
}
