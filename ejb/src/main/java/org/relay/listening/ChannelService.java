package org.relay.listening;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relay.shared.Actor;
import org.relay.shared.Checks;
import org.relay.shared.ConflictException;
import org.relay.shared.NotFoundException;
import org.relay.shared.Roles;

/**
 * Administrators configure channels and watch their status here. A channel's code and type are
 * fixed once created (mentions carry the code); everything else can change.
 */
@Stateless
public class ChannelService {

  private static final String INVALID = "The channel was not saved: fix the fields named.";

  @Inject ChannelRepository channels;
  @Inject Validator validator;

  public List<ChannelView> channels(Actor actor) {
    requireAdmin(actor);
    Map<String, Object[]> counts = new HashMap<>();
    for (Object[] row : channels.mentionCounts()) {
      counts.put((String) row[0], row);
    }
    return channels.findAll().stream().map(c -> view(c, counts.get(c.getCode()))).toList();
  }

  /** The channel codes, for filters; everyone may read them. */
  public List<String> codes() {
    return channels.findAll().stream().map(Channel::getCode).toList();
  }

  public ChannelView channel(Actor actor, long id) {
    requireAdmin(actor);
    return view(find(id), null);
  }

  public ChannelView create(Actor actor, ChannelSettings settings) {
    requireAdmin(actor);
    Checks.valid(validator, settings, "channel", INVALID);
    requireWhatTheTypeNeeds(settings, true);
    if (channels.findByCode(settings.code()).isPresent()) {
      throw new ConflictException("A channel with the code '" + settings.code() + "' exists.");
    }
    Channel channel = new Channel(settings.code(), settings.type(), settings.name());
    channel.configure(settings);
    return view(channels.store(channel), null);
  }

  public ChannelView update(Actor actor, long id, ChannelSettings settings) {
    requireAdmin(actor);
    Checks.valid(validator, settings, "channel", INVALID);
    Channel channel = find(id);
    if (!channel.getCode().equals(settings.code()) || channel.getType() != settings.type()) {
      throw Checks.invalid(
          INVALID, "code", "a channel's code and type cannot change: add a new channel instead");
    }
    requireWhatTheTypeNeeds(settings, channel.getAccessToken() == null);
    channel.configure(settings);
    return view(channel, null);
  }

  /** Makes a polled channel due now, also after failures. */
  public void pollNow(Actor actor, long id) {
    requireAdmin(actor);
    find(id).pollNow();
  }

  private Channel find(long id) {
    return channels.find(id).orElseThrow(() -> new NotFoundException("No channel " + id + "."));
  }

  private static void requireWhatTheTypeNeeds(ChannelSettings settings, boolean tokenMissing) {
    switch (settings.type()) {
      case FEED -> {
        if (settings.sourceUrl() == null || settings.sourceUrl().isBlank()) {
          throw Checks.invalid(INVALID, "sourceUrl", "a feed needs the URL of its RSS or Atom");
        }
      }
      case MASTODON -> {
        if (settings.sourceUrl() == null || settings.sourceUrl().isBlank()) {
          throw Checks.invalid(
              INVALID, "sourceUrl", "a Mastodon channel needs its instance, e.g. https://x.social");
        }
        if (tokenMissing && (settings.accessToken() == null || settings.accessToken().isBlank())) {
          throw Checks.invalid(
              INVALID, "accessToken", "a Mastodon channel needs an access token of the account");
        }
        if (!settings.watchMentions()
            && isBlank(settings.hashtags())
            && isBlank(settings.searchTerms())) {
          throw Checks.invalid(
              INVALID, "hashtags", "say what to watch: mentions, hashtags or search terms");
        }
      }
      default -> {}
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static void requireAdmin(Actor actor) {
    Checks.requireRole(actor, "Only administrators may configure channels.", Roles.ADMIN);
  }

  private static ChannelView view(Channel c, Object[] counts) {
    return new ChannelView(
        c.getId(),
        c.getCode(),
        c.getType(),
        c.getName(),
        c.isEnabled(),
        c.getSourceUrl(),
        c.getAccessToken() != null,
        c.getHashtags(),
        c.getSearchTerms(),
        c.isWatchMentions(),
        c.getPollSeconds(),
        c.getLastPollAt(),
        c.getLastSuccessAt(),
        c.getNextPollAt(),
        c.getLastError(),
        c.getPostsSeen(),
        c.getNoise(),
        c.getErrors(),
        counts == null ? 0 : ((Number) counts[1]).longValue(),
        counts == null ? null : (Instant) counts[2]);
  }
}
