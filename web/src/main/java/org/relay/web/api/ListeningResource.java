package org.relay.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.relay.listening.FeedFilter;
import org.relay.listening.ListeningAdminService;
import org.relay.listening.ListeningFeed;
import org.relay.listening.ListeningStats;
import org.relay.listening.ListeningTerm;
import org.relay.listening.ListeningViews.QueryForm;
import org.relay.listening.ListeningViews.QueryPreview;
import org.relay.listening.ListeningViews.QueryView;
import org.relay.listening.ListeningViews.TopicView;
import org.relay.listening.MentionSummary;
import org.relay.shared.Actor;
import org.relay.shared.InvalidInputException;

/**
 * Listening: the live feed and the wallboard's figures for every employee; topics, urgency and
 * crisis terms and listening queries, which administrators change.
 */
@Path("/listening")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ListeningResource {

  @Inject Actor actor;
  @Inject ListeningFeed feed;
  @Inject ListeningAdminService admin;

  /** The latest mentions, newest first; {@code after} gives only those newer than that id. */
  @GET
  @Path("/feed")
  public List<MentionSummary> feed(
      @QueryParam("topic") String topic,
      @QueryParam("sentiment") String sentiment,
      @QueryParam("channel") String channel,
      @QueryParam("language") String language,
      @QueryParam("employeeVoice") boolean employeeVoice,
      @QueryParam("after") Long after,
      @QueryParam("max") @DefaultValue("50") int max) {
    return feed.latest(
        new FeedFilter(topic, sentiment, channel, language, employeeVoice), after, max);
  }

  @GET
  @Path("/stats")
  public ListeningStats stats() {
    return feed.stats();
  }

  @GET
  @Path("/topics")
  public List<TopicView> topics() {
    return admin.topics();
  }

  @PUT
  @Path("/topics/{name}")
  @Consumes(MediaType.APPLICATION_JSON)
  public TopicView saveTopic(@PathParam("name") String name, TopicView topic) {
    return admin.saveTopic(
        actor,
        new TopicView(
            name, topic == null ? null : topic.keywords(), topic == null ? 0 : topic.position()));
  }

  @DELETE
  @Path("/topics/{name}")
  public Response removeTopic(@PathParam("name") String name) {
    admin.removeTopic(actor, name);
    return Response.noContent().build();
  }

  @GET
  @Path("/terms/{kind}")
  public List<String> terms(@PathParam("kind") String kind) {
    return admin.terms(kind(kind));
  }

  @POST
  @Path("/terms/{kind}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addTerm(@PathParam("kind") String kind, TermRequest request) {
    admin.addTerm(actor, kind(kind), request == null ? null : request.term());
    return Response.noContent().build();
  }

  @DELETE
  @Path("/terms/{kind}/{term}")
  public Response removeTerm(@PathParam("kind") String kind, @PathParam("term") String term) {
    admin.removeTerm(actor, kind(kind), term);
    return Response.noContent().build();
  }

  @GET
  @Path("/queries")
  public List<QueryView> queries() {
    return admin.queries();
  }

  @POST
  @Path("/queries")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createQuery(QueryForm form) {
    return Response.status(Response.Status.CREATED)
        .entity(admin.saveQuery(actor, null, form))
        .build();
  }

  @PUT
  @Path("/queries/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public QueryView updateQuery(@PathParam("id") long id, QueryForm form) {
    return admin.saveQuery(actor, id, form);
  }

  @DELETE
  @Path("/queries/{id}")
  public Response removeQuery(@PathParam("id") long id) {
    admin.removeQuery(actor, id);
    return Response.noContent().build();
  }

  /** How many of the last posts read the query would have kept; changes nothing. */
  @POST
  @Path("/queries/preview")
  @Consumes(MediaType.APPLICATION_JSON)
  public QueryPreview preview(QueryForm form) {
    return admin.preview(actor, form);
  }

  private static ListeningTerm.Kind kind(String kind) {
    return switch (kind) {
      case "urgency" -> ListeningTerm.Kind.URGENCY;
      case "crisis" -> ListeningTerm.Kind.CRISIS;
      default ->
          throw new InvalidInputException(
              "No such kind of term.",
              List.of(new InvalidInputException.FieldError("kind", "must be urgency or crisis")));
    };
  }

  /** A term to add. */
  public record TermRequest(String term) {}
}
