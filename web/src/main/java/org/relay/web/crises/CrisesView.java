package org.relay.web.crises;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.relay.listening.CrisisService;
import org.relay.listening.CrisisView;
import org.relay.listening.ListeningAdminService;
import org.relay.listening.ListeningViews.TopicView;
import org.relay.shared.Actor;
import org.relay.shared.RelayException;
import org.relay.web.Messages;

/** Backs {@code crises/index.xhtml}: crises active and past; PR raises and ends them. */
@Named
@ViewScoped
public class CrisesView implements Serializable {

  @Inject Actor actor;
  @Inject CrisisService crises;
  @Inject ListeningAdminService settings;

  private List<CrisisView> all = List.of();
  private List<String> topics = List.of();
  private String topic;
  private String detail;
  private Long ending;
  private String note;
  private Long stating;
  private String statement;

  @PostConstruct
  public void init() {
    topics = settings.topics().stream().map(TopicView::name).toList();
    load();
  }

  public void load() {
    all = crises.recent();
  }

  public void raise() {
    try {
      CrisisView raised = crises.raise(actor, topic, detail);
      Messages.info("Crisis raised", "Mentions of " + raised.topic() + " now go to PR.");
      topic = null;
      detail = null;
    } catch (RelayException e) {
      Messages.refused(e);
    }
    load();
  }

  public void prepareEnd(long id) {
    ending = id;
    note = null;
  }

  public void end() {
    try {
      CrisisView ended = crises.end(actor, ending, note);
      Messages.info("Crisis ended", "Mentions of " + ended.topic() + " are routed as usual again.");
    } catch (RelayException e) {
      Messages.refused(e);
    }
    load();
  }

  public void prepareStatement(CrisisView crisis) {
    stating = crisis.id();
    statement = crisis.holdingStatement();
  }

  /** PR attaches (or, left blank, removes) the holding statement authors see while they write. */
  public void saveStatement() {
    try {
      CrisisView saved = crises.holdingStatement(actor, stating, statement);
      Messages.info(
          "Holding statement " + (saved.holdingStatement() == null ? "removed" : "attached"),
          "Authors of replies about " + saved.topic() + " see it in the editor.");
    } catch (RelayException e) {
      Messages.refused(e);
    }
    load();
  }

  public String getStatement() {
    return statement;
  }

  public void setStatement(String statement) {
    this.statement = statement;
  }

  public List<CrisisView> getAll() {
    return all;
  }

  public List<String> getTopics() {
    return topics;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getDetail() {
    return detail;
  }

  public void setDetail(String detail) {
    this.detail = detail;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
