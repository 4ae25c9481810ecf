package org.relay.web.escalations;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.relay.engagement.EngagementService;
import org.relay.engagement.Escalations;
import org.relay.shared.Actor;
import org.relay.shared.RelayException;

/** Backs {@code escalations/index.xhtml}. */
@Named
@ViewScoped
public class EscalationsView implements Serializable {

  @Inject Actor actor;
  @Inject EngagementService engagement;

  private transient Escalations escalations;

  @PostConstruct
  public void init() {
    escalations = engagement.escalations(actor);
  }

  public Escalations getEscalations() {
    if (escalations == null) {
      init();
    }
    return escalations;
  }

  /** The lead has seen the overdue mention. */
  public void acknowledge(long mentionId) {
    try {
      engagement.acknowledgeFollowUp(actor, mentionId, "seen on the escalations page");
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Followed up", null));
    } catch (RelayException e) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.title(), e.getMessage()));
    }
    init();
  }
}
