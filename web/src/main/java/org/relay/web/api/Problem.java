package org.relay.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.relay.shared.InvalidInputException.FieldError;

/** An RFC 9457 problem-details body, with the refused fields when the input was at fault. */
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  static Response response(Response.Status status, String title, String detail) {
    return response(status, title, detail, List.of());
  }

  static Response response(
      Response.Status status, String title, String detail, List<FieldError> errors) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(new Problem("about:blank", title, status.getStatusCode(), detail, errors))
        .build();
  }
}
