package org.relay.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.relay.shared.Actor;
import org.relay.shared.Roles;

/** What the template needs to know of the signed-in person: name and which menus apply. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject Actor actor;

  public String getUsername() {
    return actor.username();
  }

  public String getDisplayName() {
    return actor.displayName();
  }

  public boolean isReviewer() {
    return actor.hasAnyRole(Roles.LEGAL, Roles.PR);
  }

  public boolean isAdmin() {
    return actor.hasRole(Roles.ADMIN);
  }

  public boolean isPr() {
    return actor.hasAnyRole(Roles.PR, Roles.ADMIN);
  }

  public boolean isHr() {
    return actor.hasRole(Roles.HR);
  }

  public boolean isLead() {
    return actor.hasRole(Roles.DEPARTMENT_LEAD);
  }
}
