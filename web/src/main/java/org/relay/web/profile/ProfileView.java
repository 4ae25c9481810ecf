package org.relay.web.profile;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.relay.guidelines.AuthorDisclosureService;
import org.relay.guidelines.FindingCount;
import org.relay.guidelines.FindingStatsService;
import org.relay.listening.EmployeeHandleService;
import org.relay.shared.Actor;
import org.relay.shared.RelayException;
import org.relay.web.Messages;

/**
 * Backs {@code profile/index.xhtml}: the employee's own social handles. Their posts count as the
 * company's voice, not customers', and are never routed to anyone to answer.
 */
@Named
@ViewScoped
public class ProfileView implements Serializable {

  @Inject Actor actor;
  @Inject EmployeeHandleService handles;

  @Inject AuthorDisclosureService disclosures;
  @Inject FindingStatsService findingStats;

  private List<String> mine = List.of();
  private String handle;
  private String disclosure;
  private List<FindingCount> findings = List.of();

  @PostConstruct
  public void init() {
    mine = handles.handles(actor);
    disclosure = disclosures.mine(actor).orElse(null);
    findings = findingStats.mine(actor);
  }

  /** Registers (or, left blank, removes) what the employee's public profile says about work. */
  public void saveDisclosure() {
    try {
      if (disclosure == null || disclosure.isBlank()) {
        disclosures.remove(actor);
        Messages.info("Profile disclosure removed", "Say in each reply that you work here.");
      } else {
        disclosures.register(actor, disclosure);
        Messages.info(
            "Profile disclosure saved",
            "On channels that show your profile, it tells readers that you work here.");
      }
    } catch (RelayException e) {
      Messages.refused(e);
    }
    init();
  }

  public String getDisclosure() {
    return disclosure;
  }

  public void setDisclosure(String disclosure) {
    this.disclosure = disclosure;
  }

  /** How often each rule found something in the employee's drafts over the last 90 days. */
  public List<FindingCount> getFindings() {
    return findings;
  }

  public void register() {
    try {
      String registered = handles.register(actor, handle);
      Messages.info("Handle registered", registered + " is now known as yours.");
      handle = null;
    } catch (RelayException e) {
      Messages.refused(e);
    }
    init();
  }

  public void remove(String existing) {
    try {
      handles.remove(actor, existing);
      Messages.info("Handle removed", existing + " is no longer registered as yours.");
    } catch (RelayException e) {
      Messages.refused(e);
    }
    init();
  }

  public List<String> getMine() {
    return mine;
  }

  public String getHandle() {
    return handle;
  }

  public void setHandle(String handle) {
    this.handle = handle;
  }

  public Actor getActor() {
    return actor;
  }
}
