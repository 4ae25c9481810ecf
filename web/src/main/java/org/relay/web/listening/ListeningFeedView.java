package org.relay.web.listening;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.relay.listening.ChannelService;
import org.relay.listening.FeedFilter;
import org.relay.listening.ListeningAdminService;
import org.relay.listening.ListeningFeed;
import org.relay.listening.ListeningViews.TopicView;
import org.relay.listening.MentionSummary;
import org.relay.listening.classify.LanguageDetector;

/**
 * Backs {@code listening/index.xhtml}: the live feed of what the public says, for every employee.
 * Monitor-only: it links to a mention but acts on nothing.
 */
@Named
@ViewScoped
public class ListeningFeedView implements Serializable {

  private static final int SHOWN = 100;

  @Inject ListeningFeed feed;
  @Inject ListeningAdminService settings;
  @Inject ChannelService channels;

  private String topic;
  private String sentiment;
  private String channel;
  private String language;
  private boolean employeeVoice;
  private List<MentionSummary> items = List.of();
  private List<String> topics = List.of();
  private List<String> channelCodes = List.of();

  @PostConstruct
  public void init() {
    topics = settings.topics().stream().map(TopicView::name).toList();
    channelCodes = channels.codes();
    refresh();
  }

  /** Reloads the newest mentions under the current filters (the page polls it). */
  public void refresh() {
    items =
        feed.latest(
            new FeedFilter(topic, sentiment, channel, language, employeeVoice), null, SHOWN);
  }

  public List<MentionSummary> getItems() {
    return items;
  }

  public List<String> getTopics() {
    return topics;
  }

  public List<String> getChannelCodes() {
    return channelCodes;
  }

  /** The languages Relay detects, for the filter. */
  public List<String> getLanguages() {
    return LanguageDetector.LANGUAGES;
  }

  public List<String> getSentiments() {
    return List.of("POSITIVE", "NEUTRAL", "NEGATIVE");
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getSentiment() {
    return sentiment;
  }

  public void setSentiment(String sentiment) {
    this.sentiment = sentiment;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public boolean isEmployeeVoice() {
    return employeeVoice;
  }

  public void setEmployeeVoice(boolean employeeVoice) {
    this.employeeVoice = employeeVoice;
  }
}
