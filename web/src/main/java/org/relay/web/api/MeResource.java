package org.relay.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.relay.guidelines.AuthorDisclosureService;
import org.relay.guidelines.FindingCount;
import org.relay.guidelines.FindingStatsService;
import org.relay.shared.Actor;

/** The signed-in employee's own guideline record: repeated findings and profile disclosure. */
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject Actor actor;
  @Inject FindingStatsService findings;
  @Inject AuthorDisclosureService disclosures;

  /** How often each rule found something in your drafts over the last 90 days. */
  @GET
  @Path("/findings")
  public List<FindingCount> findings() {
    return findings.mine(actor);
  }

  @GET
  @Path("/disclosure")
  public Response disclosure() {
    return disclosures
        .mine(actor)
        .map(statement -> Response.ok(new DisclosureRequest(statement)).build())
        .orElse(Response.noContent().build());
  }

  /** What your public profile says about where you work; discloses on channels that show it. */
  @PUT
  @Path("/disclosure")
  @Consumes(MediaType.APPLICATION_JSON)
  public DisclosureRequest register(DisclosureRequest request) {
    return new DisclosureRequest(
        disclosures.register(actor, request == null ? null : request.statement()));
  }

  @DELETE
  @Path("/disclosure")
  public Response remove() {
    disclosures.remove(actor);
    return Response.noContent().build();
  }

  /** {@code {"statement": "Support engineer at Relay"}}. */
  public record DisclosureRequest(String statement) {}
}
