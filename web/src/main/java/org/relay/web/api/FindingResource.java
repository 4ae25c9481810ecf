package org.relay.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.relay.guidelines.FindingCount;
import org.relay.guidelines.FindingStatsService;
import org.relay.shared.Actor;

/** Repeated findings per author and rule over the last 90 days: everyone's for HR. */
@Path("/findings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FindingResource {

  @Inject Actor actor;
  @Inject FindingStatsService findings;

  /** Every author's counts, or one author's with {@code author}: HR and administrators. */
  @GET
  public List<FindingCount> counts(@QueryParam("author") String author) {
    return author == null ? findings.all(actor) : findings.of(actor, author);
  }
}
