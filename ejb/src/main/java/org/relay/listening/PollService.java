package org.relay.listening;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relay.listening.channels.ChannelException;
import org.relay.listening.channels.RawPost;
import org.relay.shared.Actor;
import org.relay.shared.RelayException;
import org.relay.shared.Roles;

/**
 * Polls one channel: reads what is new, keeps what the listening queries want, and hands each post
 * to ingestion (which stores it with its process in a transaction of its own, exactly once). The
 * channel row stays locked for the poll, so that one node polls a channel at a time; its cursor
 * moves on only when the poll worked, so a failed poll reads the same posts again next time.
 */
@Stateless
public class PollService {

  private static final Logger LOG = Logger.getLogger(PollService.class.getName());

  /** Who stores polled posts: the poller itself, as a channel client. */
  static final Actor POLLER =
      new Actor("relay-poller", "Relay poller", Set.of(), Set.of(Roles.INGEST));

  @Inject ChannelRepository channels;
  @Inject ListeningFilter filter;
  @Inject Instance<ChannelConnector> connectors;
  @EJB IngestionService ingestion;

  private final Clock clock = Clock.systemUTC();

  /** The polled channels whose turn it is. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> due() {
    return channels.findDue(EnumSet.of(ChannelType.FEED, ChannelType.MASTODON), Instant.now(clock));
  }

  /** Polls the channel if it is still due (another node may have just done it). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void poll(long channelId) {
    Channel channel = channels.findForPoll(channelId).orElse(null);
    Instant now = Instant.now(clock);
    if (channel == null
        || !channel.isEnabled()
        || (channel.getNextPollAt() != null && channel.getNextPollAt().isAfter(now))) {
      return;
    }
    try {
      ChannelConnector.Outcome outcome = connector(channel.getType()).poll(channel);
      List<RawPost> kept = filter.keep(channel.getCode(), outcome.posts());
      for (RawPost post : kept) {
        ingest(channel, post);
      }
      channel.pollSucceeded(
          now,
          outcome.state(),
          outcome.posts().size(),
          outcome.posts().size() - kept.size(),
          outcome.notBefore(),
          outcome.behind());
    } catch (ChannelException e) {
      LOG.info(() -> "Channel " + channel.getCode() + " failed: " + e.getMessage());
      channel.pollFailed(now, e.getMessage(), e.retryAfter().orElse(null));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Channel " + channel.getCode() + " failed unexpectedly", e);
      channel.pollFailed(now, "Relay could not poll this channel: " + e, null);
    }
  }

  private void ingest(Channel channel, RawPost post) {
    try {
      ingestion.ingest(
          POLLER,
          new NewMention(
              channel.getCode(),
              post.externalId(),
              post.author(),
              post.text(),
              post.url(),
              post.postedAt(),
              post.authorFollowers(),
              post.inReplyTo(),
              post.language()));
    } catch (RelayException e) {
      // One post the source got wrong (no author, say) must not hold up the others.
      LOG.info(
          () ->
              "Post "
                  + post.externalId()
                  + " of channel "
                  + channel.getCode()
                  + " was not stored: "
                  + e.getMessage());
    }
  }

  private ChannelConnector connector(ChannelType type) {
    for (ChannelConnector connector : connectors) {
      if (connector.type() == type) {
        return connector;
      }
    }
    throw new IllegalStateException("No connector polls channels of type " + type);
  }
}
