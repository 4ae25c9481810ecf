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
import org.relay.guidelines.CannedMessageService;
import org.relay.guidelines.CannedMessageView;
import org.relay.shared.Actor;

/**
 * The canned-message library: employees read and use it, PR and administrators write, change and
 * retire messages; frozen messages (a crisis on their topic) answer 409.
 */
@Path("/canned-messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CannedMessageResource {

  @Inject Actor actor;
  @Inject CannedMessageService canned;

  /** The library, or with {@code topic} the messages offered for a mention of that topic. */
  @GET
  public List<CannedMessageView> messages(@QueryParam("topic") String topic) {
    return topic == null ? canned.all(actor) : canned.forTopic(actor, topic);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(MessageRequest request) {
    CannedMessageView created =
        canned.create(
            actor,
            request == null ? null : request.title(),
            request == null ? null : request.text(),
            request == null ? null : request.topic());
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public CannedMessageView update(@PathParam("id") long id, MessageRequest request) {
    return canned.update(
        actor,
        id,
        request == null ? null : request.title(),
        request == null ? null : request.text(),
        request == null ? null : request.topic());
  }

  @POST
  @Path("/{id}/retire")
  public CannedMessageView retire(@PathParam("id") long id) {
    return canned.retire(actor, id);
  }

  /** The message's text to start a draft from (counted); 409 while it is frozen. */
  @POST
  @Path("/{id}/use")
  public CannedMessageView use(@PathParam("id") long id) {
    return canned.use(actor, id);
  }

  /** A canned message as written: title, text, and optionally the topic it is for. */
  public record MessageRequest(String title, String text, String topic) {}
}
