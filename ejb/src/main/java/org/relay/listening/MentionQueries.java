package org.relay.listening;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Read access to stored mentions for other contexts, as summaries (never entities). */
@Stateless
public class MentionQueries {

  @Inject MentionRepository mentions;

  public Optional<MentionSummary> summary(long id) {
    return mentions.find(id).map(Mention::summary);
  }

  public List<MentionSummary> summaries(Collection<Long> ids) {
    return mentions.findByIds(ids).stream().map(Mention::summary).toList();
  }

  /**
   * The conversation around a mention as far as Relay has it: the author's other mentions on the
   * same channel, oldest first (at most 10).
   */
  public List<MentionSummary> conversation(MentionSummary mention) {
    return mentions.findByAuthor(mention.channel(), mention.author(), 11).stream()
        .filter(m -> m.getId() != mention.id())
        .limit(10)
        .map(Mention::summary)
        .sorted(java.util.Comparator.comparing(MentionSummary::postedAt))
        .toList();
  }
}
