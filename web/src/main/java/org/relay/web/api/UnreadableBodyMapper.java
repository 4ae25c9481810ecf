package org.relay.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON the endpoint expects: 400, and nothing was stored. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException e) {
    return Problem.response(Response.Status.BAD_REQUEST, "Unreadable request body", describe(e));
  }

  static String describe(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException && cause.getMessage() != null) {
        return "The body is not valid JSON for this endpoint: " + cause.getMessage();
      }
    }
    return "The body is not valid JSON for this endpoint.";
  }

  /** RESTEasy reports some unreadable bodies as a plain 400; give those the same shape. */
  @Provider
  public static class BadRequestMapper implements ExceptionMapper<BadRequestException> {
    @Override
    public Response toResponse(BadRequestException e) {
      return Problem.response(Response.Status.BAD_REQUEST, "Bad request", describe(e));
    }
  }
}
