package org.relay.web.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.relay.training.TrainingStatus;

/** How the pages name a training status. */
@Named
@ApplicationScoped
public class TrainingLabels {

  /**
   * "Current", "Expires soon", "New version due", "Expired", "New version to take", "Not taken".
   */
  public String status(TrainingStatus status) {
    if (status == null) {
      return "";
    }
    return switch (status) {
      case CURRENT -> "Current";
      case EXPIRING -> "Expires soon";
      case NEW_VERSION_DUE -> "New version due";
      case EXPIRED -> "Expired";
      case OUTDATED -> "New version to take";
      case MISSING -> "Not taken";
    };
  }
}
