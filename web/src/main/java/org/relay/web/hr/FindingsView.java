package org.relay.web.hr;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.relay.guidelines.FindingCount;
import org.relay.guidelines.FindingStatsService;
import org.relay.shared.Actor;
import org.relay.shared.RelayException;
import org.relay.web.Messages;

/**
 * Backs {@code hr/findings.xhtml}: how often each rule found something in each employee's drafts
 * over the last 90 days, most frequent first (HR and administrators only; the service checks).
 */
@Named
@ViewScoped
public class FindingsView implements Serializable {

  @Inject Actor actor;
  @Inject FindingStatsService findings;

  private transient List<FindingCount> counts;

  @PostConstruct
  public void init() {
    try {
      counts = findings.all(actor);
    } catch (RelayException e) {
      counts = List.of();
      Messages.refused(e);
    }
  }

  public List<FindingCount> getCounts() {
    if (counts == null) {
      init();
    }
    return counts;
  }
}
