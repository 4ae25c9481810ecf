package org.relay.listening;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once a minute, compares each topic's volume with its baseline and raises a crisis on a spike.
 * Each node runs it; the one-active-crisis-per-topic key keeps the result single.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SpikeWatch {

  private static final Logger LOG = Logger.getLogger(SpikeWatch.class.getName());

  @EJB CrisisService crises;

  @Schedule(hour = "*", minute = "*", second = "30", persistent = false, info = "spike-watch")
  void watch() {
    try {
      crises.checkSpikes();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Spike detection failed; it runs again in a minute", e);
    }
  }
}
