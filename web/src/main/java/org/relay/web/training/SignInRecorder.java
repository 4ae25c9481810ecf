package org.relay.web.training;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relay.shared.Actor;
import org.relay.training.TrainingService;

/**
 * Tells training when someone signs in, so that a first sign-in (or one with new roles or
 * departments) assigns the modules that apply. Asks once per session (the portal), or, for requests
 * without one (API calls with a token), once per person, roles and departments among the last
 * {@value #REMEMBERED} seen on this node; never on every request. Of simultaneous first requests
 * only one asks; the others go on. Training's answer is idempotent (an open assignment is never
 * assigned again, and the database refuses a second one), so a request on another node asking at
 * the same time changes nothing twice. A failure is logged and retried on the next request, never
 * in the way of the request.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SignInRecorder extends HttpFilter {

  static final String RECORDED = SignInRecorder.class.getName() + ".recorded";
  static final int REMEMBERED = 10_000;

  private static final Logger LOG = Logger.getLogger(SignInRecorder.class.getName());

  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private final Map<String, Boolean> withoutSession =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
              return size() > REMEMBERED;
            }
          });

  @Inject Instance<Actor> actor;
  @Inject TrainingService training;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null) {
      record(request.getSession(false));
    }
    chain.doFilter(request, response);
  }

  private void record(HttpSession session) {
    try {
      Actor signedIn = actor.get();
      String key =
          signedIn.username()
              + "|"
              + new TreeSet<>(signedIn.roles())
              + "|"
              + new TreeSet<>(signedIn.departments());
      if (recorded(session, key) || !inFlight.add(key)) {
        return;
      }
      try {
        training.signedIn(signedIn);
        remember(session, key);
      } finally {
        inFlight.remove(key);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Training could not record a sign-in; it tries again next request", e);
    }
  }

  private boolean recorded(HttpSession session, String key) {
    return session != null
        ? key.equals(session.getAttribute(RECORDED))
        : withoutSession.containsKey(key);
  }

  private void remember(HttpSession session, String key) {
    if (session != null) {
      session.setAttribute(RECORDED, key);
    } else {
      withoutSession.put(key, Boolean.TRUE);
    }
  }
}
