package org.relay.engagement;

import java.util.List;
import org.relay.audit.TimelineEntry;
import org.relay.listening.MentionSummary;

/**
 * Everything the mention page shows: the mention, the author's other mentions on the channel (the
 * conversation so far), its open reply task (if any), the drafts with their findings, reviews,
 * publications, the timeline, and what the actor may do now.
 */
public record MentionDetail(
    MentionSummary mention,
    List<MentionSummary> conversation,
    ReplyTask replyTask,
    List<ReviewTask> openReviews,
    List<DraftView> drafts,
    List<ReviewView> reviews,
    List<PublicationView> publications,
    List<TimelineEntry> timeline,
    AllowedActions allowed) {

  /** The actions the actor may take on this mention right now (the services check again). */
  public record AllowedActions(
      boolean claim,
      boolean unclaim,
      boolean draft,
      boolean transfer,
      boolean close,
      boolean escalate,
      boolean reassign,
      boolean reviewLegal,
      boolean reviewPr) {}
}
