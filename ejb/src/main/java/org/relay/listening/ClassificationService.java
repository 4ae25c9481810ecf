package org.relay.listening;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.relay.listening.classify.LanguageDetector;
import org.relay.listening.classify.Reach;
import org.relay.listening.classify.Sentiment;
import org.relay.listening.classify.SentimentAnalyzer;
import org.relay.shared.NotFoundException;

/**
 * Classifies a stored mention and keeps the result on it: topic, language, sentiment, reach,
 * urgency, whether an employee wrote it, and whether its topic is in crisis (a crisis term in the
 * text raises one). Called by the engagement process on a job-executor thread, inside the job's
 * transaction; only raising a crisis commits on its own.
 */
@Stateless
public class ClassificationService {

  /** The topic of a mention no keyword matched. */
  public static final String UNCLASSIFIED = "question";

  @Inject MentionRepository mentions;
  @Inject ListeningRules rules;
  @Inject LanguageDetector languages;
  @Inject SentimentAnalyzer sentiments;
  @EJB EmployeeHandleService employees;
  @EJB CrisisService crises;

  public Classification classify(long mentionId) {
    Mention mention =
        mentions
            .find(mentionId)
            .orElseThrow(() -> new NotFoundException("No mention " + mentionId + "."));
    ListeningRules.Snapshot current = rules.current();
    String text = mention.getText();
    String topic = current.topics().classify(text).orElse(UNCLASSIFIED);
    boolean employeeVoice = employees.isEmployee(mention.getAuthor());
    boolean crisis = !employeeVoice && crisisOn(topic, text, mention, current);
    Sentiment sentiment = sentiments.score(text);
    Classification found =
        new Classification(
            topic,
            mention.getLanguage() != null
                ? mention.getLanguage()
                : languages.detect(text).orElse(null),
            sentiment.label().name(),
            sentiment.compound(),
            Reach.of(mention.getAuthorFollowers()).name(),
            TopicClassifier.containsAny(current.urgency(), text),
            employeeVoice,
            crisis);
    mention.classifyAs(found);
    return found;
  }

  private boolean crisisOn(
      String topic, String text, Mention mention, ListeningRules.Snapshot current) {
    if (TopicClassifier.containsAny(current.crisisTerms(), text)) {
      return crises.raiseIfNone(
          topic,
          Crisis.Reason.TERM,
          "A crisis term in mention " + mention.getId() + " by " + mention.getAuthor());
    }
    return crises.isActive(topic);
  }
}
