package org.relay.web.inbox;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.relay.engagement.EngagementService;
import org.relay.engagement.InboxItem;
import org.relay.shared.Actor;
import org.relay.shared.RelayException;

/** Backs {@code inbox/index.xhtml}: lists the open mentions and claims one. */
@Named
@ViewScoped
public class InboxView implements Serializable {

  @Inject Actor actor;
  @Inject EngagementService engagement;

  private List<InboxItem> items = List.of();
  private List<InboxItem> filteredItems;

  @PostConstruct
  public void init() {
    load();
  }

  public void load() {
    items = engagement.inbox(actor);
  }

  public void claim(long mentionId) {
    try {
      InboxItem claimed = engagement.claim(actor, mentionId);
      message(
          FacesMessage.SEVERITY_INFO,
          "Claimed",
          "The mention by " + claimed.author() + " is yours to answer.");
    } catch (RelayException e) {
      message(FacesMessage.SEVERITY_WARN, e.title(), e.getMessage());
    }
    load();
  }

  public List<InboxItem> getItems() {
    return items;
  }

  /** The states present in the inbox, for its filter. */
  public List<String> getStates() {
    return items.stream().map(item -> item.state().name()).distinct().sorted().toList();
  }

  /** The rows the table's filters leave, so that a row's button acts on the row shown. */
  public List<InboxItem> getFilteredItems() {
    return filteredItems;
  }

  public void setFilteredItems(List<InboxItem> filteredItems) {
    this.filteredItems = filteredItems;
  }

  /** "support, billing", or a sentence when the employee belongs to no department. */
  public String getDepartmentsLabel() {
    return actor.departments().isEmpty()
        ? "none of your departments (you belong to none)"
        : String.join(", ", actor.departments().stream().sorted().toList());
  }

  public boolean isMine(InboxItem item) {
    return actor.username().equals(item.assignee());
  }

  private static void message(FacesMessage.Severity severity, String summary, String detail) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, detail));
  }
}
