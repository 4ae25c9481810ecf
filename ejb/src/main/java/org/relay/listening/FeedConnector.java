package org.relay.listening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.URI;
import org.relay.listening.channels.ChannelException;
import org.relay.listening.channels.FeedFetch;
import org.relay.listening.channels.FeedReader;
import org.relay.listening.channels.FeedState;

/** RSS and Atom feeds of blogs and forums, read with conditional GET, new entries only. */
@ApplicationScoped
public class FeedConnector implements ChannelConnector {

  private static final Jsonb JSON = JsonbBuilder.create();

  private final FeedReader reader = new FeedReader();

  @Override
  public ChannelType type() {
    return ChannelType.FEED;
  }

  @Override
  public Outcome poll(Channel channel) throws ChannelException {
    FeedState state =
        channel.getPollState() == null
            ? FeedState.initial()
            : JSON.fromJson(channel.getPollState(), FeedState.class);
    FeedFetch fetch = reader.fetch(URI.create(channel.getSourceUrl()), state);
    return new Outcome(fetch.posts(), JSON.toJson(fetch.state()), null);
  }
}
