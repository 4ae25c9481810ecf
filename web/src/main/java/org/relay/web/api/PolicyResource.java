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
import org.relay.guidelines.PolicySectionView;
import org.relay.guidelines.PolicyService;
import org.relay.shared.Actor;

/** The guidelines in plain language: everyone reads them, administrators rewrite sections. */
@Path("/policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

  @Inject Actor actor;
  @Inject PolicyService policy;

  @GET
  public List<PolicySectionView> sections() {
    return policy.sections();
  }

  /** Rewrites a section: {@code {"title": "...", "body": "Markdown"}}. */
  @PUT
  @Path("/{key}")
  @Consumes(MediaType.APPLICATION_JSON)
  public PolicySectionView rewrite(@PathParam("key") String key, SectionRequest request) {
    return policy.rewrite(
        actor,
        key,
        request == null ? null : request.title(),
        request == null ? null : request.body());
  }

  /** A section's new title and Markdown body. */
  public record SectionRequest(String title, String body) {}
}
