package org.relay.engagement;

import java.util.LinkedHashSet;
import java.util.Set;
import org.relay.shared.Actor;
import org.relay.shared.Roles;

/**
 * The work queues (candidate groups) of the process: a department's own name, and {@code
 * lead:<department>} for its lead.
 */
public final class Queues {

  public static final String LEAD_PREFIX = "lead:";
  public static final String LEGAL = "legal";
  public static final String PR = "pr";

  private Queues() {}

  public static String leadQueueOf(String department) {
    return LEAD_PREFIX + department;
  }

  /** The queues whose reply tasks the actor may see and claim. */
  public static Set<String> replyQueuesOf(Actor actor) {
    Set<String> queues = new LinkedHashSet<>();
    if (actor.hasRole(Roles.EMPLOYEE)) {
      queues.addAll(actor.departments());
    }
    if (actor.hasRole(Roles.DEPARTMENT_LEAD)) {
      actor.departments().forEach(d -> queues.add(leadQueueOf(d)));
    }
    return queues;
  }

  /** The review kinds (legal, pr) the actor may review. */
  public static Set<String> reviewKindsOf(Actor actor) {
    Set<String> kinds = new LinkedHashSet<>();
    if (actor.hasRole(Roles.LEGAL)) {
      kinds.add(LEGAL);
    }
    if (actor.hasRole(Roles.PR)) {
      kinds.add(PR);
    }
    return kinds;
  }

  public static boolean isLeadOf(Actor actor, String department) {
    return actor.hasRole(Roles.DEPARTMENT_LEAD) && actor.memberOf(department);
  }
}
