package org.relay.listening;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.relay.shared.NotFoundException;

/**
 * Classifies a stored mention and keeps the result on it. Called by the engagement process (on a
 * job-executor thread, inside the job's transaction).
 */
@Stateless
public class ClassificationService {

  /** The topic of a mention no keyword matched. */
  public static final String UNCLASSIFIED = "question";

  @Inject MentionRepository mentions;
  @Inject TopicClassifier topics;

  public String classify(long mentionId) {
    Mention mention =
        mentions
            .find(mentionId)
            .orElseThrow(() -> new NotFoundException("No mention " + mentionId + "."));
    String topic = topics.classify(mention.getText()).orElse(UNCLASSIFIED);
    mention.classifyAs(topic);
    return topic;
  }
}
