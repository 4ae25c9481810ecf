package org.relay.listening;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relay.listening.channels.ChannelException;
import org.relay.listening.channels.MastodonAccount;
import org.relay.listening.channels.MastodonClient;
import org.relay.listening.channels.MastodonCursor;
import org.relay.listening.channels.MastodonPoll;

/**
 * A Mastodon account: the statuses that mention it, its hashtags and its searches, read with the
 * account's access token, oldest first from where the last poll stopped, honouring the instance's
 * rate limits, and never the account's own statuses. A poll that could not read everything new asks
 * to be polled again soon.
 */
@ApplicationScoped
public class MastodonConnector implements ChannelConnector {

  private static final Logger LOG = Logger.getLogger(MastodonConnector.class.getName());

  private final MastodonClient client = new MastodonClient();

  @Override
  public ChannelType type() {
    return ChannelType.MASTODON;
  }

  @Override
  public Outcome poll(Channel channel) throws ChannelException {
    MastodonPoll poll = client.poll(account(channel), cursor(channel));
    return new Outcome(poll.posts(), poll.cursor().toJson(), poll.notBefore(), poll.behind());
  }

  /**
   * The cursor the channel holds. One Relay cannot read (it never writes such a thing) is dropped
   * with a warning: the account is asked again and each source starts from its newest page.
   */
  private static MastodonCursor cursor(Channel channel) {
    try {
      return MastodonCursor.fromJson(channel.getPollState());
    } catch (IllegalArgumentException e) {
      LOG.log(
          Level.WARNING,
          "Channel " + channel.getCode() + " held an unreadable Mastodon cursor; starting afresh",
          e);
      return MastodonCursor.empty();
    }
  }

  /** The account a channel names. */
  public static MastodonAccount account(Channel channel) {
    return new MastodonAccount(
        URI.create(channel.getSourceUrl()),
        channel.getAccessToken(),
        TopicClassifier.splitList(channel.getHashtags()).stream()
            .map(tag -> tag.startsWith("#") ? tag.substring(1) : tag)
            .toList(),
        TopicClassifier.splitList(channel.getSearchTerms()),
        channel.isWatchMentions());
  }
}
