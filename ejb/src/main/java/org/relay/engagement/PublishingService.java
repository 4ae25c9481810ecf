package org.relay.engagement;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import org.relay.audit.AuditTrail;
import org.relay.listening.Mention;
import org.relay.listening.MentionRepository;
import org.relay.listening.MentionState;
import org.relay.shared.NotFoundException;

/**
 * Publishes an approved draft through the mention's channel. Called by the process in its own job:
 * a failure rolls the job back and the engine retries; the idempotency key makes a retry find the
 * earlier publication instead of posting twice.
 */
@Stateless
public class PublishingService {

  @Inject EngagementRecords records;
  @Inject MentionRepository mentions;
  @Inject AuditTrail audit;
  @Inject MastodonReplyChannel mastodon;
  @Inject WebhookCallbackChannel webhook;
  @Inject SandboxChannel sandbox;

  public PublicationView publish(long mentionId, long draftId) {
    String key = "mention-" + mentionId + "-draft-" + draftId;
    var earlier = records.publicationByKey(key);
    if (earlier.isPresent()) {
      return earlier.get().view();
    }
    Mention mention =
        mentions
            .find(mentionId)
            .orElseThrow(() -> new NotFoundException("No mention " + mentionId + "."));
    Draft draft =
        records
            .draft(draftId)
            .filter(d -> d.getMentionId() == mentionId)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "No draft " + draftId + " of mention " + mentionId + "."));
    ReplyChannel channel = channelFor(mention.getChannel());
    String url =
        channel.publish(
            new ReplyChannel.OutgoingReply(
                key,
                mentionId,
                mention.getChannel(),
                mention.getExternalId(),
                mention.getUrl(),
                mention.getAuthor(),
                draft.getAuthor(),
                draft.getText()));
    Publication publication =
        new Publication(
            mentionId, draftId, key, channel.name(), draft.getText(), url, Instant.now());
    records.store(publication);
    MentionState from = mention.moveTo(MentionState.RESPONDED);
    audit.record(
        mentionId,
        AuditTrail.SYSTEM,
        "published",
        from.name(),
        MentionState.RESPONDED.name(),
        "revision "
            + draft.getRevision()
            + " by "
            + draft.getAuthor()
            + (url == null ? "" : " at " + url));
    return publication.view();
  }

  /** The first channel that publishes this mention's replies; the sandbox takes the rest. */
  private ReplyChannel channelFor(String mentionChannel) {
    for (ReplyChannel candidate : new ReplyChannel[] {mastodon, webhook}) {
      if (candidate.publishes(mentionChannel)) {
        return candidate;
      }
    }
    return sandbox;
  }
}
