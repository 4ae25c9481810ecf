package org.relay.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.relay.engagement.EngagementService;
import org.relay.engagement.InboxItem;
import org.relay.listening.IngestionResult;
import org.relay.listening.IngestionService;
import org.relay.listening.MentionQueries;
import org.relay.listening.MentionSummary;
import org.relay.shared.Actor;
import org.relay.shared.InvalidInputException;
import org.relay.shared.NotAllowedException;
import org.relay.shared.NotFoundException;
import org.relay.shared.Roles;

/** Mentions: delivered by channel clients, read by employees, claimed by their department. */
@Path("/mentions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MentionResource {

  @Inject Actor actor;
  @Inject IngestionService ingestion;
  @Inject MentionQueries mentions;
  @Inject EngagementService engagement;
  @Context UriInfo uriInfo;

  /**
   * Stores one mention and starts its engagement: 201 with the mention, or 200 with the stored one
   * when this channel already delivered this external id.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response deliver(MentionRequest request) {
    if (request == null) {
      throw new InvalidInputException(
          "The body must be a JSON mention.",
          java.util.List.of(new InvalidInputException.FieldError("body", "is required")));
    }
    IngestionResult result = ingestion.ingest(actor, request.toNewMention());
    if (!result.created()) {
      return Response.ok(result.mention()).build();
    }
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(result.mention().id())).build())
        .entity(result.mention())
        .build();
  }

  @GET
  @Path("/{id}")
  public MentionSummary mention(@PathParam("id") long id) {
    if (!actor.hasAnyRole(Roles.EMPLOYEE, Roles.ADMIN, Roles.INGEST)) {
      throw new NotAllowedException("Only employees may read mentions.");
    }
    return mentions.summary(id).orElseThrow(() -> new NotFoundException("No mention " + id + "."));
  }

  /** Makes the signed-in employee the owner of the mention's reply. 409 if someone else has it. */
  @POST
  @Path("/{id}/claim")
  public InboxItem claim(@PathParam("id") long id) {
    return engagement.claim(actor, id);
  }
}
