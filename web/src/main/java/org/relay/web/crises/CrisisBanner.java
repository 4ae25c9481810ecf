package org.relay.web.crises;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.relay.listening.CrisisService;
import org.relay.listening.CrisisView;

/** The banner every page shows while a crisis is active: how PR and everyone else notice. */
@Named
@RequestScoped
public class CrisisBanner {

  @Inject CrisisService crises;

  private List<CrisisView> active;

  public List<CrisisView> getActive() {
    if (active == null) {
      active = crises.active();
    }
    return active;
  }
}
