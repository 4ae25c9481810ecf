package org.relay.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.relay.shared.Actor;
import org.relay.training.AssignmentView;
import org.relay.training.CompletionView;
import org.relay.training.ComplianceReport;
import org.relay.training.ComplianceService;
import org.relay.training.ModuleDetail;
import org.relay.training.ModuleDraft;
import org.relay.training.ModuleService;
import org.relay.training.ModuleSummary;
import org.relay.training.ModuleToTake;
import org.relay.training.MyTraining;
import org.relay.training.NotificationView;
import org.relay.training.PublishResult;
import org.relay.training.QuizAnswers;
import org.relay.training.QuizOutcome;
import org.relay.training.RecordedCompletion;
import org.relay.training.Suggestion;
import org.relay.training.TrainingService;

/**
 * Training: every employee's modules, quizzes, certificates and notifications; HR's modules
 * (create, edit the draft, publish, retire), completions recorded for others, the compliance
 * report, reminders and the CSV export. The services decide who may do what.
 */
@Path("/training")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TrainingResource {

  @Inject Actor actor;
  @Inject TrainingService training;
  @Inject ModuleService modules;
  @Inject ComplianceService compliance;
  @Context UriInfo uriInfo;

  /** The signed-in employee's modules, what keeps them from answering, certificates and more. */
  @GET
  @Path("/me")
  public MyTraining me() {
    return training.myTraining(actor);
  }

  /** The modules in force; with {@code all=true}, every module with its drafts (HR). */
  @GET
  @Path("/modules")
  public List<ModuleSummary> modules(@QueryParam("all") @DefaultValue("false") boolean all) {
    return all ? modules.modules(actor) : training.catalog(actor);
  }

  /** A new module: its draft of version 1 (HR). */
  @POST
  @Path("/modules")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(ModuleDraft draft) {
    ModuleDetail created = modules.create(actor, draft);
    return Response.created(
            uriInfo
                .getAbsolutePathBuilder()
                .path(String.valueOf(created.module().id()))
                .path("versions")
                .build())
        .entity(created)
        .build();
  }

  /** The version in force, to read and take (its quiz without the answers). */
  @GET
  @Path("/modules/{id}")
  public ModuleToTake module(@PathParam("id") long id) {
    return training.module(actor, id);
  }

  /**
   * Every version of the module, the draft and the quiz answers included (HR). The draft's {@code
   * revision} is also the response's {@code ETag}, to send back as {@code If-Match} when saving.
   */
  @GET
  @Path("/modules/{id}/versions")
  public Response versions(@PathParam("id") long id) {
    return withRevision(modules.module(actor, id));
  }

  /**
   * Saves the module's draft, starting the next version's when there is none (HR). {@code If-Match}
   * must carry the draft's {@code revision} as read: without it 428 (an edit would otherwise
   * overwrite someone else's unseen), over a newer revision 412, and 409 when two saves race.
   * Nothing is saved on any of them.
   */
  @PUT
  @Path("/modules/{id}/draft")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response saveDraft(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ModuleDraft draft) {
    return withRevision(modules.saveDraft(actor, id, draft, revisionOf(ifMatch)));
  }

  /**
   * The revision an {@code If-Match} header names: its entity tag without the quotes (and a weak
   * tag's {@code W/}); none for no header or {@code *}, which names no revision.
   */
  static String revisionOf(String ifMatch) {
    if (ifMatch == null) {
      return null;
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    return tag.isBlank() || tag.equals("*") ? null : tag;
  }

  private static Response withRevision(ModuleDetail detail) {
    return Response.ok(detail).tag(new EntityTag(detail.revision())).build();
  }

  /**
   * Publishes the draft and assigns the module to whom it now applies (HR). With {@code If-Match}
   * (the draft's {@code revision} as read), a draft someone saved since is not published: 412, and
   * nothing changes. Without it, the draft is published as it stands.
   */
  @POST
  @Path("/modules/{id}/publish")
  public PublishResult publish(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return modules.publish(actor, id, revisionOf(ifMatch));
  }

  /** Retires the module: nobody is required to take it any more (HR). */
  @POST
  @Path("/modules/{id}/retire")
  public ModuleSummary retire(@PathParam("id") long id) {
    return modules.retire(actor, id);
  }

  /** Scores the answers; a pass completes the module. */
  @POST
  @Path("/modules/{id}/quiz")
  @Consumes(MediaType.APPLICATION_JSON)
  public QuizOutcome quiz(@PathParam("id") long id, QuizAnswers answers) {
    return training.takeQuiz(actor, id, answers);
  }

  /** Completes a module without a quiz: the employee read it. */
  @POST
  @Path("/modules/{id}/read")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response read(@PathParam("id") long id, TrainingRequests.ReadRequest request) {
    CompletionView done =
        training.confirmRead(actor, id, request == null ? null : request.version());
    return Response.status(Response.Status.CREATED).entity(done).build();
  }

  /** Records training done elsewhere for an employee (HR). */
  @POST
  @Path("/completions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(RecordedCompletion recorded) {
    CompletionView done = compliance.record(actor, recorded);
    return Response.created(
            uriInfo
                .getBaseUriBuilder()
                .path("training/certificates")
                .path(String.valueOf(done.id()))
                .build())
        .entity(done)
        .build();
  }

  /** A completion as a certificate: the holder's own, or anyone's for HR. */
  @GET
  @Path("/certificates/{id}")
  public CompletionView certificate(@PathParam("id") long id) {
    return training.certificate(actor, id);
  }

  /** The matrix by department and module, and the rows behind it (HR). */
  @GET
  @Path("/compliance")
  public ComplianceReport compliance() {
    return compliance.report(actor);
  }

  /** Open assignments past their due date (HR). */
  @GET
  @Path("/compliance/overdue")
  public List<AssignmentView> overdue() {
    return compliance.overdue(actor);
  }

  /** Required completions that expire within the days (HR). */
  @GET
  @Path("/compliance/expiring")
  public List<ComplianceReport.PersonModule> expiring(
      @QueryParam("days") @DefaultValue("30") int days) {
    return compliance.expiring(actor, days);
  }

  /** The report's rows as CSV (HR). */
  @GET
  @Path("/compliance/report.csv")
  @Produces("text/csv")
  public Response csv() {
    StringBuilder out = new StringBuilder();
    compliance.exportCsv(actor, out);
    return Response.ok(out.toString(), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"training-compliance.csv\"")
        .build();
  }

  /** Reminds the people of the named open assignments, or of every overdue one (HR). */
  @POST
  @Path("/reminders")
  @Consumes(MediaType.APPLICATION_JSON)
  public TrainingRequests.RemindersSent remind(TrainingRequests.RemindersRequest request) {
    return new TrainingRequests.RemindersSent(
        compliance.sendReminders(actor, request == null ? null : request.assignmentIds()));
  }

  /** Modules suggested to you; with {@code all=true}, to every author (HR). */
  @GET
  @Path("/suggestions")
  public List<Suggestion> suggestions(@QueryParam("all") @DefaultValue("false") boolean all) {
    return all ? compliance.suggestions(actor) : training.suggestions(actor);
  }

  @GET
  @Path("/notifications")
  public List<NotificationView> notifications() {
    return training.notifications(actor);
  }

  @POST
  @Path("/notifications/read")
  public Response markRead() {
    training.markNotificationsRead(actor);
    return Response.noContent().build();
  }

  /** Markdown as a module's page would show it (HR's editor). */
  @POST
  @Path("/preview")
  @Consumes(MediaType.APPLICATION_JSON)
  public TrainingRequests.Preview preview(TrainingRequests.PreviewRequest request) {
    return new TrainingRequests.Preview(
        modules.preview(actor, request == null ? null : request.markdown()));
  }
}
