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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.relay.listening.ChannelService;
import org.relay.listening.ChannelSettings;
import org.relay.listening.ChannelView;
import org.relay.shared.Actor;

/** Channels and their status, for administrators. */
@Path("/channels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChannelResource {

  @Inject Actor actor;
  @Inject ChannelService channels;
  @Context UriInfo uriInfo;

  @GET
  public List<ChannelView> channels() {
    return channels.channels(actor);
  }

  @GET
  @Path("/{id}")
  public ChannelView channel(@PathParam("id") long id) {
    return channels.channel(actor, id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(ChannelSettings settings) {
    ChannelView created = channels.create(actor, settings);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ChannelView update(@PathParam("id") long id, ChannelSettings settings) {
    return channels.update(actor, id, settings);
  }

  /** Polls the channel at the next tick of the poller, also after failures. */
  @POST
  @Path("/{id}/poll")
  public Response pollNow(@PathParam("id") long id) {
    channels.pollNow(actor, id);
    return Response.accepted().build();
  }
}
