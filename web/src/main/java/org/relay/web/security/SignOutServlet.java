package org.relay.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.relay.infrastructure.RelayConfig;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Signs out of Relay and of Keycloak: ends the local session, then sends the browser to the
 * provider's end-session endpoint, which returns it to the portal's start page (and so to the login
 * page).
 */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String idToken = null;
    if (request.getUserPrincipal() instanceof OidcPrincipal<?> oidc) {
      idToken = oidc.getOidcSecurityContext().getIDTokenString();
    }
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    String portal = request.getRequestURL().toString().replaceFirst("/sign-out$", "/");
    StringBuilder endSession =
        new StringBuilder(RelayConfig.required("relay.oidc.provider-url"))
            .append("/protocol/openid-connect/logout?post_logout_redirect_uri=")
            .append(encode(portal));
    if (idToken != null) {
      endSession.append("&id_token_hint=").append(encode(idToken));
    } else {
      endSession.append("&client_id=").append(encode(RelayConfig.required("relay.oidc.client-id")));
    }
    response.sendRedirect(endSession.toString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
