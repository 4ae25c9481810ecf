package org.relay.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.relay.engagement.OperationsService;
import org.relay.engagement.StuckStep;
import org.relay.shared.Actor;
import org.relay.shared.RelayException;

/** Backs {@code admin/stuck-steps.xhtml}. */
@Named
@ViewScoped
public class StuckStepsView implements Serializable {

  @Inject Actor actor;
  @Inject OperationsService operations;

  private transient List<StuckStep> steps;

  public List<StuckStep> getSteps() {
    if (steps == null) {
      try {
        steps = operations.stuckSteps(actor);
      } catch (RelayException e) {
        steps = List.of();
        message(FacesMessage.SEVERITY_WARN, e.title(), e.getMessage());
      }
    }
    return steps;
  }

  public void retry(String id) {
    try {
      operations.retry(actor, id);
      message(FacesMessage.SEVERITY_INFO, "Retried", "The step runs again in a moment.");
    } catch (RelayException e) {
      message(FacesMessage.SEVERITY_WARN, e.title(), e.getMessage());
    }
    steps = null;
  }

  private static void message(FacesMessage.Severity severity, String summary, String detail) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, detail));
  }
}
