package org.relay.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.relay.engagement.EngagementService;
import org.relay.engagement.Escalations;
import org.relay.engagement.InboxItem;
import org.relay.engagement.ReviewService;
import org.relay.shared.Actor;

/** The signed-in person's queues besides the inbox: own work, reviews, escalations. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkResource {

  @Inject Actor actor;
  @Inject EngagementService engagement;
  @Inject ReviewService reviews;

  /** Mentions I own: claimed, or sent back to me with changes requested. */
  @GET
  @Path("my-work")
  public List<InboxItem> myWork() {
    return engagement.myWork(actor);
  }

  /** Drafts waiting for my review (legal, PR). */
  @GET
  @Path("reviews")
  public List<ReviewService.ReviewItem> reviewQueue() {
    return reviews.queue(actor);
  }

  /** For leads: overdue mentions and those in the lead's queue. */
  @GET
  @Path("escalations")
  public Escalations escalations() {
    return engagement.escalations(actor);
  }
}
