package org.relay.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.relay.engagement.CommentView;
import org.relay.engagement.DraftCheck;
import org.relay.engagement.DraftCommentService;
import org.relay.engagement.DraftView;
import org.relay.engagement.EngagementService;
import org.relay.engagement.InboxItem;
import org.relay.engagement.MentionDetail;
import org.relay.engagement.ReviewService;
import org.relay.listening.IngestionResult;
import org.relay.listening.IngestionService;
import org.relay.shared.Actor;
import org.relay.shared.InvalidInputException;

/** Mentions: delivered by channel clients, read by employees, claimed by their department. */
@Path("/mentions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MentionResource {

  @Inject Actor actor;
  @Inject IngestionService ingestion;
  @Inject EngagementService engagement;
  @Inject ReviewService reviews;
  @Inject DraftCommentService comments;
  @Inject JsonBinding json;
  @Context UriInfo uriInfo;

  /**
   * Stores one mention (a JSON object) or a batch (a JSON array of up to 1,000) and starts their
   * engagement. One mention: 201 with it, or 200 with the stored one when this channel already
   * delivered this external id. A batch: 200 with one result per item (201, 200 or 400 with its
   * problem details); the valid items are stored, the invalid ones are not.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response deliver(JsonValue body) {
    if (body == null || body.getValueType() == JsonValue.ValueType.NULL) {
      throw new InvalidInputException(
          "The body must be a JSON mention or an array of them.",
          List.of(new InvalidInputException.FieldError("body", "is required")));
    }
    if (body.getValueType() == JsonValue.ValueType.ARRAY) {
      return Response.ok(MentionBatch.deliver(json.jsonb(), ingestion, actor, body.asJsonArray()))
          .build();
    }
    IngestionResult result =
        ingestion.ingest(actor, MentionBatch.read(json.jsonb(), body).toNewMention());
    if (!result.created()) {
      return Response.ok(result.mention()).build();
    }
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(result.mention().id())).build())
        .entity(result.mention())
        .build();
  }

  /** The mention with its drafts, reviews, publications, timeline and the actions allowed. */
  @GET
  @Path("/{id}")
  public MentionDetail mention(@PathParam("id") long id) {
    return engagement.detail(actor, id);
  }

  @POST
  @Path("/{id}/unclaim")
  public Response unclaim(@PathParam("id") long id) {
    engagement.unclaim(actor, id);
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/reassign")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response reassign(@PathParam("id") long id, ActionRequests.ReassignRequest request) {
    engagement.reassign(actor, id, request == null ? null : request.username());
    return Response.noContent().build();
  }

  /**
   * What the guidelines say about a draft of a reply to the mention, who would review it and why,
   * and PR's holding statement during a crisis; submits nothing.
   */
  @POST
  @Path("/{id}/check")
  @Consumes(MediaType.APPLICATION_JSON)
  public DraftCheck check(@PathParam("id") long id, ActionRequests.DraftRequest request) {
    return engagement.check(actor, id, request == null ? null : request.text());
  }

  /** The threaded comments on the mention's drafts, in reading order. */
  @GET
  @Path("/{id}/comments")
  public List<CommentView> comments(@PathParam("id") long id) {
    return comments.thread(actor, id);
  }

  /**
   * Comments on a draft revision (the latest unless {@code draftId}), or replies to a comment
   * ({@code parentId}): the draft's author, legal and PR, and the department's leads.
   */
  @POST
  @Path("/{id}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response comment(@PathParam("id") long id, ActionRequests.CommentRequest request) {
    CommentView posted =
        comments.comment(
            actor,
            id,
            request == null ? null : request.draftId(),
            request == null ? null : request.parentId(),
            request == null ? null : request.body());
    return Response.status(Response.Status.CREATED).entity(posted).build();
  }

  /** Submits the owner's draft: 201 with the revision and its findings, 400 if a rule blocks it. */
  @POST
  @Path("/{id}/drafts")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submitDraft(@PathParam("id") long id, ActionRequests.DraftRequest request) {
    DraftView draft = engagement.submitDraft(actor, id, request == null ? null : request.text());
    return Response.status(Response.Status.CREATED).entity(draft).build();
  }

  @POST
  @Path("/{id}/transfer")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response transfer(@PathParam("id") long id, ActionRequests.TransferRequest request) {
    engagement.transfer(
        actor,
        id,
        request == null ? null : request.department(),
        request == null ? null : request.note());
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/close")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response close(@PathParam("id") long id, ActionRequests.CloseRequest request) {
    engagement.closeNoReply(actor, id, request == null ? null : request.reason());
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/escalate")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response escalate(@PathParam("id") long id, ActionRequests.NoteRequest request) {
    engagement.escalate(actor, id, request == null ? null : request.note());
    return Response.noContent().build();
  }

  /** A legal or PR reviewer's verdict on the latest draft: approve, changes or reject. */
  @POST
  @Path("/{id}/reviews/{kind}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response review(
      @PathParam("id") long id,
      @PathParam("kind") String kind,
      ActionRequests.ReviewRequest request) {
    reviews.decide(actor, id, kind, outcome(request), request == null ? null : request.comment());
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/follow-up")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response followUp(@PathParam("id") long id, ActionRequests.NoteRequest request) {
    engagement.acknowledgeFollowUp(actor, id, request == null ? null : request.note());
    return Response.noContent().build();
  }

  private static ReviewService.Outcome outcome(ActionRequests.ReviewRequest request) {
    String value = request == null || request.outcome() == null ? "" : request.outcome();
    return switch (value) {
      case "approve" -> ReviewService.Outcome.APPROVE;
      case "changes" -> ReviewService.Outcome.CHANGES;
      case "reject" -> ReviewService.Outcome.REJECT;
      default ->
          throw new InvalidInputException(
              "Nothing was changed: the outcome must be approve, changes or reject.",
              List.of(
                  new InvalidInputException.FieldError(
                      "outcome", "must be approve, changes or reject")));
    };
  }

  /** Makes the signed-in employee the owner of the mention's reply. 409 if someone else has it. */
  @POST
  @Path("/{id}/claim")
  public InboxItem claim(@PathParam("id") long id) {
    return engagement.claim(actor, id);
  }
}
