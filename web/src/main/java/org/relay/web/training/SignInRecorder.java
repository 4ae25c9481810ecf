package org.relay.web.training;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relay.shared.Actor;
import org.relay.training.TrainingService;

/**
 * Tells training when someone signs in, so that a first sign-in (or one with new roles or
 * departments) assigns the modules that apply. Asks once per person, roles and departments on this
 * node; a failure is logged and retried on the next request, never in the way of the request.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SignInRecorder extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(SignInRecorder.class.getName());

  private final Set<String> recorded = ConcurrentHashMap.newKeySet();

  @Inject Instance<Actor> actor;
  @Inject TrainingService training;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null) {
      record();
    }
    chain.doFilter(request, response);
  }

  private void record() {
    try {
      Actor signedIn = actor.get();
      String key =
          signedIn.username()
              + "|"
              + new TreeSet<>(signedIn.roles())
              + "|"
              + new TreeSet<>(signedIn.departments());
      if (recorded.add(key)) {
        try {
          training.signedIn(signedIn);
        } catch (RuntimeException e) {
          recorded.remove(key);
          throw e;
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Training could not record a sign-in; it tries again next request", e);
    }
  }
}
