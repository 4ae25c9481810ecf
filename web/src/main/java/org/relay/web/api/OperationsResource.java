package org.relay.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.relay.engagement.OperationsService;
import org.relay.engagement.StuckStep;
import org.relay.shared.Actor;

/** For administrators: steps that failed after all retries, and retrying them. */
@Path("/admin/stuck-steps")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OperationsResource {

  @Inject Actor actor;
  @Inject OperationsService operations;

  @GET
  public List<StuckStep> stuckSteps() {
    return operations.stuckSteps(actor);
  }

  @POST
  @Path("/{id}/retry")
  public Response retry(@PathParam("id") String id) {
    operations.retry(actor, id);
    return Response.noContent().build();
  }
}
