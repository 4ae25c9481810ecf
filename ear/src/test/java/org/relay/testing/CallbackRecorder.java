package org.relay.testing;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for a channel's webhook receiver, deployed only with the in-container tests: it
 * records every reply Relay posts to it.
 */
@WebServlet(CallbackRecorder.PATH)
public class CallbackRecorder extends HttpServlet {

  public static final String PATH = "/test-callback";
  public static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    RECEIVED.add(
        new Received(
            request.getHeader("Idempotency-Key"),
            new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
    response.setStatus(HttpServletResponse.SC_ACCEPTED);
  }

  /** One delivery: its idempotency key and JSON body. */
  public record Received(String idempotencyKey, String body) {}
}
