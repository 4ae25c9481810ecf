package org.relay.shared;

import java.util.Set;

/** The realm roles Relay knows (see the realm `relay` in Keycloak). */
public final class Roles {
  public static final String EMPLOYEE = "employee";
  public static final String DEPARTMENT_LEAD = "department-lead";
  public static final String LEGAL = "legal";
  public static final String PR = "pr";
  public static final String HR = "hr";
  public static final String ADMIN = "admin";

  /** The roles people of the company hold (every one but the machine clients'). */
  public static final Set<String> PEOPLE = Set.of(EMPLOYEE, DEPARTMENT_LEAD, LEGAL, PR, HR, ADMIN);

  /** Machine clients that deliver mentions (client-credentials tokens, not people). */
  public static final String INGEST = "ingest";

  private Roles() {}
}
