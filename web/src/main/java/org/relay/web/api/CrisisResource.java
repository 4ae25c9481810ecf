package org.relay.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.relay.listening.CrisisService;
import org.relay.listening.CrisisView;
import org.relay.shared.Actor;

/** Crises: everyone sees them; PR (and administrators) raise and end them. */
@Path("/crises")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CrisisResource {

  @Inject Actor actor;
  @Inject CrisisService crises;

  /** The active crises, or with {@code all=true} the latest 100, ended ones too. */
  @GET
  public List<CrisisView> crises(@QueryParam("all") boolean all) {
    return all ? crises.recent() : crises.active();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response raise(RaiseRequest request) {
    CrisisView raised =
        crises.raise(
            actor,
            request == null ? null : request.topic(),
            request == null ? null : request.detail());
    return Response.status(Response.Status.CREATED).entity(raised).build();
  }

  @POST
  @Path("/{id}/end")
  @Consumes(MediaType.APPLICATION_JSON)
  public CrisisView end(@PathParam("id") long id, EndRequest request) {
    return crises.end(actor, id, request == null ? null : request.note());
  }

  /**
   * PR attaches the holding statement authors see while they write about the crisis's topic; a
   * blank statement removes it.
   */
  @PUT
  @Path("/{id}/holding-statement")
  @Consumes(MediaType.APPLICATION_JSON)
  public CrisisView holdingStatement(@PathParam("id") long id, StatementRequest request) {
    return crises.holdingStatement(actor, id, request == null ? null : request.statement());
  }

  /** {@code {"statement": "..."}}. */
  public record StatementRequest(String statement) {}

  /** A crisis PR raises by hand. */
  public record RaiseRequest(String topic, String detail) {}

  /** How the crisis was resolved. */
  public record EndRequest(String note) {}
}
