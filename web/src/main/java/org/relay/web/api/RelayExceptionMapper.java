package org.relay.web.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.relay.shared.ConflictException;
import org.relay.shared.InvalidInputException;
import org.relay.shared.LimitReachedException;
import org.relay.shared.NotAllowedException;
import org.relay.shared.NotFoundException;
import org.relay.shared.PreconditionFailedException;
import org.relay.shared.PreconditionRequiredException;
import org.relay.shared.RelayException;
import org.relay.training.TrainingRequiredException;

/** Domain refusals as problem details with the status that says what happened. */
@Provider
public class RelayExceptionMapper implements ExceptionMapper<RelayException> {

  @Override
  public Response toResponse(RelayException e) {
    if (e instanceof TrainingRequiredException training) {
      return TrainingProblem.response(training);
    }
    return Problem.response(statusOf(e), e.title(), e.getMessage(), errorsOf(e));
  }

  private static Response.Status statusOf(RelayException e) {
    if (e instanceof InvalidInputException) {
      return Response.Status.BAD_REQUEST;
    }
    if (e instanceof NotAllowedException) {
      return Response.Status.FORBIDDEN;
    }
    if (e instanceof NotFoundException) {
      return Response.Status.NOT_FOUND;
    }
    if (e instanceof PreconditionFailedException) {
      return Response.Status.PRECONDITION_FAILED;
    }
    if (e instanceof ConflictException) {
      return Response.Status.CONFLICT;
    }
    if (e instanceof LimitReachedException) {
      return Response.Status.TOO_MANY_REQUESTS;
    }
    if (e instanceof PreconditionRequiredException) {
      return Response.Status.PRECONDITION_REQUIRED;
    }
    throw new EJBException("Unmapped Relay exception", e);
  }

  private static List<InvalidInputException.FieldError> errorsOf(RelayException e) {
    return e instanceof InvalidInputException invalid ? invalid.errors() : List.of();
  }
}
