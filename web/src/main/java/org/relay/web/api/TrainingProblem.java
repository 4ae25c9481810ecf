package org.relay.web.api;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.relay.training.MissingModule;
import org.relay.training.TrainingRequiredException;

/**
 * The problem details of the training gate (403): the usual members and, as an extension member,
 * {@code modules}: each module that keeps the employee from answering, with its id (take it at
 * {@code /api/training/modules/{id}}), title, status and when it expired.
 */
public record TrainingProblem(
    String type, String title, int status, String detail, List<MissingModule> modules) {

  static Response response(TrainingRequiredException e) {
    return Response.status(Response.Status.FORBIDDEN)
        .type(Problem.MEDIA_TYPE)
        .entity(
            new TrainingProblem(
                "about:blank",
                e.title(),
                Response.Status.FORBIDDEN.getStatusCode(),
                e.getMessage(),
                e.missing()))
        .build();
  }
}
