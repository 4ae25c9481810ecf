package org.relay.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.relay.guidelines.GuidelineAdminService;
import org.relay.guidelines.RuleView;
import org.relay.shared.Actor;

/**
 * The guideline rules: employees read which there are, administrators and legal also their
 * (confidential) parameters, administrators configure them.
 */
@Path("/guidelines/rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GuidelineResource {

  @Inject Actor actor;
  @Inject GuidelineAdminService guidelines;

  @GET
  public List<RuleView> rules() {
    return guidelines.rules(actor);
  }

  @GET
  @Path("/{id}")
  public RuleView rule(@PathParam("id") String id) {
    return guidelines.rule(actor, id);
  }

  /**
   * Switches the rule on or off and sets parameters ({@code {"enabled": true, "parameters":
   * {"terms": ["Project Falcon"]}}}); parameters not named keep their value. 400 naming each bad
   * parameter, and nothing changes.
   */
  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public RuleView save(@PathParam("id") String id, RuleRequest request) {
    return guidelines.save(
        actor,
        id,
        request == null ? null : request.enabled(),
        request == null ? null : request.parameters());
  }

  /** A rule's new settings. */
  public record RuleRequest(Boolean enabled, Map<String, Object> parameters) {}
}
