package org.relay.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.relay.guidelines.AuthorDisclosureService;
import org.relay.guidelines.Finding;
import org.relay.guidelines.GuidelineChecker;
import org.relay.listening.ChannelRepository;
import org.relay.listening.ChannelType;
import org.relay.listening.CrisisService;
import org.relay.listening.MentionSummary;

/**
 * Checks a draft in its mention's context (the channel's type and limit, the author's profile
 * disclosure, crises) and asks the review policy who would review it. Used by the live check, by
 * submitting and by the server's re-check in the process, so all three judge alike. Joins the
 * caller's transaction.
 */
@ApplicationScoped
public class DraftChecks {

  static final int MAX_REPLY_LENGTH = 5000;
  static final int MASTODON_REPLY_LENGTH = 500;

  @Inject GuidelineChecker guidelines;
  @Inject ChannelRepository channels;
  @Inject CrisisService crises;
  @Inject AuthorDisclosureService disclosures;
  @Inject ReviewPolicy policy;

  /** What the guidelines find in the author's draft of a reply to the mention. */
  public List<Finding> findings(MentionSummary mention, String author, String text) {
    return guidelines.check(
        text, channelType(mention), replyLimit(mention), disclosures.of(author).orElse(null));
  }

  /** The review policy's inputs for these findings on this mention, now. */
  public ReviewInputs inputs(List<Finding> findings, MentionSummary mention) {
    return ReviewInputs.of(findings, mention, crises.isActive(mention.topic()));
  }

  /** The full live check: findings, who would review, and the holding statement. */
  public DraftCheck check(MentionSummary mention, String author, String text) {
    List<Finding> findings = findings(mention, author, text);
    var crisis = crises.activeOn(mention.topic());
    ReviewRoute route = policy.decide(ReviewInputs.of(findings, mention, crisis.isPresent()));
    return new DraftCheck(
        findings,
        findings.stream().anyMatch(Finding::blocks),
        route,
        crisis.map(c -> c.holdingStatement()).orElse(null));
  }

  /**
   * The longest reply the mention's channel takes: Mastodon's 500 characters less the author's
   * handle, which the published reply starts with; otherwise 5,000.
   */
  public int replyLimit(MentionSummary mention) {
    if (!"MASTODON".equals(channelType(mention))) {
      return MAX_REPLY_LENGTH;
    }
    String handle = mention.author().startsWith("@") ? mention.author() : "@" + mention.author();
    return MASTODON_REPLY_LENGTH - handle.length() - 1;
  }

  private String channelType(MentionSummary mention) {
    if ("mastodon".equals(mention.channel())) {
      return ChannelType.MASTODON.name();
    }
    return channels
        .findByCode(mention.channel())
        .map(c -> c.getType().name())
        .orElse(ChannelType.WEBHOOK.name());
  }
}
