package org.relay.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.relay.shared.Actor;
import org.relay.shared.RelayException;
import org.relay.training.MyTraining;
import org.relay.training.TrainingService;
import org.relay.web.Messages;

/**
 * Backs {@code training/index.xhtml}: the signed-in person's modules with their status and due
 * dates, what keeps them from answering, certificates, notifications, suggested modules, other
 * modules they may take, and for a lead the overdue training of their departments.
 */
@Named
@ViewScoped
public class MyTrainingView implements Serializable {

  @Inject Actor actor;
  @Inject TrainingService training;

  private MyTraining mine;

  @PostConstruct
  public void init() {
    load();
  }

  public void load() {
    try {
      mine = training.myTraining(actor);
    } catch (RelayException e) {
      Messages.refused(e);
    }
  }

  public void markRead() {
    training.markNotificationsRead(actor);
    load();
  }

  public MyTraining getMine() {
    return mine;
  }

  public boolean isOverdue(Instant dueAt) {
    return dueAt != null && !dueAt.isAfter(Instant.now());
  }
}
