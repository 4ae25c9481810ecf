package org.relay.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.relay.shared.Actor;
import org.relay.shared.RelayException;
import org.relay.training.CompletionView;
import org.relay.training.TrainingService;
import org.relay.web.Messages;

/** Backs {@code training/certificate.xhtml}: a completion as a printable certificate. */
@Named
@ViewScoped
public class CertificateView implements Serializable {

  @Inject Actor actor;
  @Inject TrainingService training;

  private long id;
  private CompletionView certificate;

  public void load() {
    try {
      certificate = training.certificate(actor, id);
    } catch (RelayException e) {
      certificate = null;
      Messages.refused(e);
    }
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public CompletionView getCertificate() {
    return certificate;
  }
}
