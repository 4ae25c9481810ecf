package org.relay.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.relay.directory.IngestClient;
import org.relay.directory.IngestClientService;
import org.relay.shared.Actor;

/** Webhook clients (Keycloak clients with the role ingest), for administrators. */
@Path("/ingest-clients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IngestClientResource {

  @Inject Actor actor;
  @Inject IngestClientService clients;

  @GET
  public List<IngestClient> clients() {
    return clients.clients(actor);
  }

  /** Creates {@code relay-ingest-<name>}: 201 with its secret, shown this once. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(CreateRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(clients.create(actor, request == null ? null : request.name()))
        .build();
  }

  /** The new client's name. */
  public record CreateRequest(String name) {}
}
