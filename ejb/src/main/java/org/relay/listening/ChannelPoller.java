package org.relay.listening;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every ten seconds, polls the channels whose turn it is, one after the other, each in its own
 * transaction: a channel that fails is recorded and retried later without stopping the others.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChannelPoller {

  private static final Logger LOG = Logger.getLogger(ChannelPoller.class.getName());

  @EJB PollService polls;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "channel-poller")
  void pollDueChannels() {
    for (long id : polls.due()) {
      try {
        polls.poll(id);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Polling channel " + id + " failed; it is tried again later", e);
      }
    }
  }
}
