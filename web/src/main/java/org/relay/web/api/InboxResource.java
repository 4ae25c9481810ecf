package org.relay.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.relay.engagement.EngagementService;
import org.relay.engagement.InboxItem;
import org.relay.shared.Actor;

/** The signed-in employee's inbox: open mentions of their departments, most urgent first. */
@Path("/inbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

  @Inject Actor actor;
  @Inject EngagementService engagement;

  @GET
  public List<InboxItem> inbox() {
    return engagement.inbox(actor);
  }
}
