package org.relay.web.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.relay.shared.Actor;
import org.relay.training.MissingModule;
import org.relay.training.TrainingService;

/**
 * What the pages show of the training gate: the modules that keep the signed-in person from
 * claiming and answering (with links to them), and the unread notifications for the menu's badge.
 * Asked once per request; the services decide again on every action.
 */
@Named
@RequestScoped
public class TrainingGate {

  @Inject Actor actor;
  @Inject TrainingService training;

  private List<MissingModule> missing;
  private Long unread;

  public List<MissingModule> getMissing() {
    if (missing == null) {
      missing = training.missing(actor);
    }
    return missing;
  }

  public boolean isBlocked() {
    return !getMissing().isEmpty();
  }

  /** " (3)" after the menu's "Training" when three notifications are unread, else nothing. */
  public String getUnreadLabel() {
    return getUnread() > 0 ? " (" + getUnread() + ")" : "";
  }

  public long getUnread() {
    if (unread == null) {
      unread = training.unreadNotifications(actor);
    }
    return unread;
  }
}
