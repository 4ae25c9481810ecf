package org.relay.web.canned;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.relay.guidelines.CannedMessageService;
import org.relay.guidelines.CannedMessageView;
import org.relay.listening.ListeningAdminService;
import org.relay.listening.ListeningViews.TopicView;
import org.relay.shared.Actor;
import org.relay.shared.RelayException;
import org.relay.web.Messages;

/**
 * Backs {@code canned/index.xhtml}: the library of canned messages; PR and administrators write,
 * change and retire them (refused while a crisis freezes them).
 */
@Named
@ViewScoped
public class CannedMessagesView implements Serializable {

  @Inject Actor actor;
  @Inject CannedMessageService canned;
  @Inject ListeningAdminService listening;

  private transient List<CannedMessageView> messages;
  private List<String> topics = List.of();
  private Long editing;
  private String title;
  private String text;
  private String topic;

  @PostConstruct
  public void init() {
    topics = listening.topics().stream().map(TopicView::name).toList();
    load();
  }

  private void load() {
    messages = canned.all(actor);
  }

  public void newMessage() {
    editing = null;
    title = null;
    text = null;
    topic = null;
  }

  public void edit(CannedMessageView message) {
    editing = message.id();
    title = message.title();
    text = message.text();
    topic = message.topic();
  }

  public void save() {
    try {
      CannedMessageView saved =
          editing == null
              ? canned.create(actor, title, text, topic)
              : canned.update(actor, editing, title, text, topic);
      Messages.info("Saved", "\"" + saved.title() + "\" is in the library.");
      newMessage();
    } catch (RelayException e) {
      Messages.refused(e);
    }
    load();
  }

  public void retire(CannedMessageView message) {
    try {
      canned.retire(actor, message.id());
      Messages.info("Retired", "\"" + message.title() + "\" is no longer offered.");
    } catch (RelayException e) {
      Messages.refused(e);
    }
    load();
  }

  public List<CannedMessageView> getMessages() {
    if (messages == null) {
      load();
    }
    return messages;
  }

  public List<String> getTopics() {
    return topics;
  }

  public boolean isEditingExisting() {
    return editing != null;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }
}
