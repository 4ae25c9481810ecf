package org.relay.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.relay.directory.IngestClient;
import org.relay.directory.IngestClientService;
import org.relay.listening.ChannelService;
import org.relay.listening.ChannelSettings;
import org.relay.listening.ChannelType;
import org.relay.listening.ChannelView;
import org.relay.shared.Actor;
import org.relay.shared.RelayException;
import org.relay.web.Messages;

/** Backs {@code admin/channels.xhtml}: channels with their status; add and change them. */
@Named
@ViewScoped
public class ChannelsView implements Serializable {

  @Inject Actor actor;
  @Inject ChannelService channels;
  @Inject IngestClientService ingestClients;

  private List<ChannelView> all = List.of();
  private Long editing;
  private Form form = new Form();
  private List<IngestClient> clients = List.of();
  private String clientName;
  private IngestClient createdClient;

  @PostConstruct
  public void init() {
    load();
    loadClients();
  }

  public void load() {
    all = channels.channels(actor);
  }

  public void loadClients() {
    clients = ingestClients.clients(actor);
  }

  /** Creates a webhook client; its secret is shown once, in the dialog that follows. */
  public void createClient() {
    try {
      createdClient = ingestClients.create(actor, clientName);
      clientName = null;
      org.primefaces.PrimeFaces.current().executeScript("PF('secretDialog').show()");
    } catch (RelayException e) {
      Messages.refused(e);
    }
    loadClients();
  }

  public List<IngestClient> getClients() {
    return clients;
  }

  public String getClientName() {
    return clientName;
  }

  public void setClientName(String clientName) {
    this.clientName = clientName;
  }

  public IngestClient getCreatedClient() {
    return createdClient;
  }

  public void startNew() {
    editing = null;
    form = new Form();
  }

  public void edit(ChannelView channel) {
    editing = channel.id();
    form = new Form();
    form.code = channel.code();
    form.type = channel.type();
    form.name = channel.name();
    form.enabled = channel.enabled();
    form.sourceUrl = channel.sourceUrl();
    form.hashtags = channel.hashtags();
    form.searchTerms = channel.searchTerms();
    form.watchMentions = channel.watchMentions();
    form.pollSeconds = channel.pollSeconds();
  }

  /** Saves the dialog; on a refusal the dialog stays open with the reason in the growl. */
  public void save() {
    try {
      ChannelSettings settings = form.settings();
      ChannelView saved =
          editing == null
              ? channels.create(actor, settings)
              : channels.update(actor, editing, settings);
      Messages.info("Channel saved", saved.name() + " (" + saved.code() + ") is saved.");
      org.primefaces.PrimeFaces.current().executeScript("PF('channelDialog').hide()");
    } catch (RelayException e) {
      Messages.refused(e);
    }
    load();
  }

  public void pollNow(ChannelView channel) {
    try {
      channels.pollNow(actor, channel.id());
      Messages.info("Poll requested", channel.name() + " is polled within a few seconds.");
    } catch (RelayException e) {
      Messages.refused(e);
    }
    load();
  }

  public List<ChannelView> getAll() {
    return all;
  }

  public Form getForm() {
    return form;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public ChannelType[] getTypes() {
    return ChannelType.values();
  }

  /** The dialog's fields. */
  public static class Form implements Serializable {
    private String code;
    private ChannelType type = ChannelType.FEED;
    private String name;
    private boolean enabled = true;
    private String sourceUrl;
    private String accessToken;
    private String hashtags;
    private String searchTerms;
    private boolean watchMentions;
    private int pollSeconds = 300;

    ChannelSettings settings() {
      return new ChannelSettings(
          code,
          type,
          name,
          enabled,
          sourceUrl,
          accessToken,
          hashtags,
          searchTerms,
          watchMentions,
          pollSeconds);
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public ChannelType getType() {
      return type;
    }

    public void setType(ChannelType type) {
      this.type = type;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getSourceUrl() {
      return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
      this.sourceUrl = sourceUrl;
    }

    public String getAccessToken() {
      return accessToken;
    }

    public void setAccessToken(String accessToken) {
      this.accessToken = accessToken;
    }

    public String getHashtags() {
      return hashtags;
    }

    public void setHashtags(String hashtags) {
      this.hashtags = hashtags;
    }

    public String getSearchTerms() {
      return searchTerms;
    }

    public void setSearchTerms(String searchTerms) {
      this.searchTerms = searchTerms;
    }

    public boolean isWatchMentions() {
      return watchMentions;
    }

    public void setWatchMentions(boolean watchMentions) {
      this.watchMentions = watchMentions;
    }

    public int getPollSeconds() {
      return pollSeconds;
    }

    public void setPollSeconds(int pollSeconds) {
      this.pollSeconds = pollSeconds;
    }
  }
}
