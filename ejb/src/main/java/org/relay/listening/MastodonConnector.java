package org.relay.listening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.URI;
import java.util.Map;
import org.relay.listening.channels.ChannelException;
import org.relay.listening.channels.MastodonAccount;
import org.relay.listening.channels.MastodonClient;
import org.relay.listening.channels.MastodonCursor;
import org.relay.listening.channels.MastodonPoll;

/**
 * A Mastodon account: the statuses that mention it, its hashtags and its searches, read with the
 * account's access token, newest first, honouring the instance's rate limits.
 */
@ApplicationScoped
public class MastodonConnector implements ChannelConnector {

  private static final Jsonb JSON = JsonbBuilder.create();

  private final MastodonClient client = new MastodonClient();

  @Override
  public ChannelType type() {
    return ChannelType.MASTODON;
  }

  @Override
  public Outcome poll(Channel channel) throws ChannelException {
    MastodonCursor cursor =
        channel.getPollState() == null
            ? new MastodonCursor(Map.of())
            : JSON.fromJson(channel.getPollState(), MastodonCursor.class);
    MastodonPoll poll = client.poll(account(channel), cursor);
    return new Outcome(poll.posts(), JSON.toJson(poll.cursor()), poll.notBefore());
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
