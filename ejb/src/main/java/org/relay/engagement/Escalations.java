package org.relay.engagement;

import java.util.List;
import org.relay.listening.MentionSummary;

/** What a department lead must look at: overdue follow-ups and mentions in the lead's queue. */
public record Escalations(List<FollowUp> followUps, List<InboxItem> inLeadQueue) {

  /** A mention that ran past its SLA. */
  public record FollowUp(FollowUpTask task, MentionSummary mention) {}
}
