package org.relay.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.relay.listening.Channel;
import org.relay.listening.ChannelRepository;
import org.relay.listening.ChannelType;
import org.relay.listening.MastodonConnector;
import org.relay.listening.channels.ChannelException;
import org.relay.listening.channels.MastodonClient;
import org.relay.listening.channels.PublishedStatus;

/**
 * Replies to mentions that came from a Mastodon channel go back to Mastodon as a status in reply to
 * the mention ({@code in_reply_to_id}), addressed to its author, from the channel's account. The
 * idempotency key travels as Mastodon's {@code Idempotency-Key}, so a retried publication does not
 * post twice.
 */
@ApplicationScoped
public class MastodonReplyChannel implements ReplyChannel {

  @Inject ChannelRepository channels;

  private final MastodonClient client = new MastodonClient();

  @Override
  public String name() {
    return "mastodon";
  }

  @Override
  public boolean publishes(String mentionChannel) {
    return channels
        .findByCode(mentionChannel)
        .filter(c -> c.getType() == ChannelType.MASTODON)
        .isPresent();
  }

  @Override
  public String publish(OutgoingReply reply) {
    Channel channel = channels.findByCode(reply.mentionChannel()).orElseThrow();
    try {
      PublishedStatus status =
          client.publish(
              MastodonConnector.account(channel),
              reply.mentionExternalId(),
              addressed(reply.mentionAuthor(), reply.text()),
              reply.idempotencyKey());
      return status.url();
    } catch (ChannelException e) {
      throw new IllegalStateException("Mastodon did not take the reply: " + e.getMessage(), e);
    }
  }

  /** Mastodon notifies only those a status names: the reply starts with the author's handle. */
  static String addressed(String author, String text) {
    String handle = author.startsWith("@") ? author : "@" + author;
    return text.contains(handle) ? text : handle + " " + text;
  }
}
