package org.relay.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.relay.listening.ListeningAdminService;
import org.relay.listening.ListeningTerm;
import org.relay.listening.ListeningViews.QueryForm;
import org.relay.listening.ListeningViews.QueryPreview;
import org.relay.listening.ListeningViews.QueryView;
import org.relay.listening.ListeningViews.TopicView;
import org.relay.shared.Actor;
import org.relay.shared.RelayException;
import org.relay.web.Messages;

/**
 * Backs {@code admin/listening.xhtml}: listening queries with a preview on the last posts read,
 * topics and their keywords, urgency and crisis terms.
 */
@Named
@ViewScoped
public class ListeningConfigView implements Serializable {

  @Inject Actor actor;
  @Inject ListeningAdminService admin;

  private List<QueryView> queries = List.of();
  private List<TopicView> topics = List.of();
  private List<String> urgencyTerms = List.of();
  private List<String> crisisTerms = List.of();

  private Long queryId;
  private String queryName;
  private String expression;
  private String languages;
  private String exclusions;
  private boolean queryEnabled = true;
  private QueryPreview preview;

  private String topicName;
  private String topicKeywords;
  private int topicPosition = 10;

  private String newUrgencyTerm;
  private String newCrisisTerm;

  @PostConstruct
  public void init() {
    queries = admin.queries();
    topics = admin.topics();
    urgencyTerms = admin.terms(ListeningTerm.Kind.URGENCY);
    crisisTerms = admin.terms(ListeningTerm.Kind.CRISIS);
  }

  public void newQuery() {
    queryId = null;
    queryName = null;
    expression = null;
    languages = null;
    exclusions = null;
    queryEnabled = true;
    preview = null;
  }

  public void editQuery(QueryView query) {
    queryId = query.id();
    queryName = query.name();
    expression = query.expression();
    languages = query.languages();
    exclusions = query.exclusions();
    queryEnabled = query.enabled();
    preview = null;
  }

  public void previewQuery() {
    try {
      preview = admin.preview(actor, form());
    } catch (RelayException e) {
      preview = null;
      Messages.refused(e);
    }
  }

  public void saveQuery() {
    try {
      QueryView saved = admin.saveQuery(actor, queryId, form());
      queryId = saved.id();
      Messages.info("Query saved", saved.name() + " decides from now on.");
    } catch (RelayException e) {
      Messages.refused(e);
    }
    init();
  }

  public void removeQuery(QueryView query) {
    try {
      admin.removeQuery(actor, query.id());
      Messages.info("Query removed", query.name() + " no longer decides.");
      if (query.id() == (queryId == null ? -1 : queryId)) {
        newQuery();
      }
    } catch (RelayException e) {
      Messages.refused(e);
    }
    init();
  }

  public void editTopic(TopicView topic) {
    topicName = topic.name();
    topicKeywords = topic.keywords();
    topicPosition = topic.position();
  }

  public void saveTopic() {
    try {
      TopicView saved =
          admin.saveTopic(actor, new TopicView(topicName, topicKeywords, topicPosition));
      Messages.info("Topic saved", saved.name() + ": " + saved.keywords());
      topicName = null;
      topicKeywords = null;
    } catch (RelayException e) {
      Messages.refused(e);
    }
    init();
  }

  public void removeTopic(TopicView topic) {
    try {
      admin.removeTopic(actor, topic.name());
      Messages.info("Topic removed", topic.name() + " is no longer recognised.");
    } catch (RelayException e) {
      Messages.refused(e);
    }
    init();
  }

  public void addUrgencyTerm() {
    addTerm(ListeningTerm.Kind.URGENCY, newUrgencyTerm);
    newUrgencyTerm = null;
  }

  public void addCrisisTerm() {
    addTerm(ListeningTerm.Kind.CRISIS, newCrisisTerm);
    newCrisisTerm = null;
  }

  public void removeUrgencyTerm(String term) {
    removeTerm(ListeningTerm.Kind.URGENCY, term);
  }

  public void removeCrisisTerm(String term) {
    removeTerm(ListeningTerm.Kind.CRISIS, term);
  }

  private void addTerm(ListeningTerm.Kind kind, String term) {
    try {
      admin.addTerm(actor, kind, term);
      Messages.info("Term added", "'" + term + "' is watched from now on.");
    } catch (RelayException e) {
      Messages.refused(e);
    }
    init();
  }

  private void removeTerm(ListeningTerm.Kind kind, String term) {
    try {
      admin.removeTerm(actor, kind, term);
      Messages.info("Term removed", "'" + term + "' is no longer watched.");
    } catch (RelayException e) {
      Messages.refused(e);
    }
    init();
  }

  private QueryForm form() {
    return new QueryForm(queryName, expression, languages, exclusions, queryEnabled);
  }

  public List<QueryView> getQueries() {
    return queries;
  }

  public List<TopicView> getTopics() {
    return topics;
  }

  public List<String> getUrgencyTerms() {
    return urgencyTerms;
  }

  public List<String> getCrisisTerms() {
    return crisisTerms;
  }

  public QueryPreview getPreview() {
    return preview;
  }

  public boolean isEditingQuery() {
    return queryId != null;
  }

  public String getQueryName() {
    return queryName;
  }

  public void setQueryName(String queryName) {
    this.queryName = queryName;
  }

  public String getExpression() {
    return expression;
  }

  public void setExpression(String expression) {
    this.expression = expression;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public String getExclusions() {
    return exclusions;
  }

  public void setExclusions(String exclusions) {
    this.exclusions = exclusions;
  }

  public boolean isQueryEnabled() {
    return queryEnabled;
  }

  public void setQueryEnabled(boolean queryEnabled) {
    this.queryEnabled = queryEnabled;
  }

  public String getTopicName() {
    return topicName;
  }

  public void setTopicName(String topicName) {
    this.topicName = topicName;
  }

  public String getTopicKeywords() {
    return topicKeywords;
  }

  public void setTopicKeywords(String topicKeywords) {
    this.topicKeywords = topicKeywords;
  }

  public int getTopicPosition() {
    return topicPosition;
  }

  public void setTopicPosition(int topicPosition) {
    this.topicPosition = topicPosition;
  }

  public String getNewUrgencyTerm() {
    return newUrgencyTerm;
  }

  public void setNewUrgencyTerm(String newUrgencyTerm) {
    this.newUrgencyTerm = newUrgencyTerm;
  }

  public String getNewCrisisTerm() {
    return newCrisisTerm;
  }

  public void setNewCrisisTerm(String newCrisisTerm) {
    this.newCrisisTerm = newCrisisTerm;
  }
}
