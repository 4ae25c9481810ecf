package org.relay.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.relay.listening.EmployeeHandleService;
import org.relay.shared.Actor;

/** The signed-in employee's own social handles (their posts are employee voice). */
@Path("/me/handles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

  @Inject Actor actor;
  @Inject EmployeeHandleService handles;

  @GET
  public List<String> handles() {
    return handles.handles(actor);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(HandleRequest request) {
    String handle = handles.register(actor, request == null ? null : request.handle());
    return Response.status(Response.Status.CREATED).entity(new HandleRequest(handle)).build();
  }

  @DELETE
  @Path("/{handle}")
  public Response remove(@PathParam("handle") String handle) {
    handles.remove(actor, handle);
    return Response.noContent().build();
  }

  /** A handle as the network shows it, e.g. {@code @ana@mastodon.social}. */
  public record HandleRequest(String handle) {}
}
