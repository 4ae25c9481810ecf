package org.relay.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.relay.workflow.HealthCheck;

/** Liveness for load balancers and scripts; the only endpoint without a login. */
@Path("/health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

  @Inject HealthCheck health;

  @GET
  public Response health() {
    HealthCheck.Status status = health.check();
    return Response.status(status.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
        .entity(status)
        .build();
  }
}
