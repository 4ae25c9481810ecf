package org.relay.web.security;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.relay.shared.Actor;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.RealmAccessClaim;

/**
 * Produces the {@link Actor} of the current request from the access token WildFly's OIDC client
 * verified: preferred username, name, realm roles, and departments from the group paths {@code
 * /departments/<name>} in the {@code groups} claim.
 */
@Dependent
public class SignedInActor {

  static final String DEPARTMENT_PREFIX = "/departments/";

  @Inject HttpServletRequest request;

  @Produces
  @Dependent
  Actor actor() {
    Principal principal = request.getUserPrincipal();
    if (!(principal instanceof OidcPrincipal<?> oidc)) {
      throw new IllegalStateException("No signed-in user on this request.");
    }
    return fromToken(oidc.getOidcSecurityContext().getToken());
  }

  static Actor fromToken(AccessToken token) {
    RealmAccessClaim realmAccess = token.getRealmAccessClaim();
    Set<String> roles = realmAccess == null ? Set.of() : Set.copyOf(realmAccess.getRoles());
    String username =
        token.getPreferredUsername() != null ? token.getPreferredUsername() : token.getSubject();
    return new Actor(username, token.getName(), departmentsIn(groupsOf(token)), roles);
  }

  static Set<String> departmentsIn(List<String> groupPaths) {
    return groupPaths.stream()
        .filter(path -> path.startsWith(DEPARTMENT_PREFIX))
        .map(path -> path.substring(DEPARTMENT_PREFIX.length()))
        .filter(name -> !name.isEmpty() && !name.contains("/"))
        .collect(Collectors.toUnmodifiableSet());
  }

  private static List<String> groupsOf(AccessToken token) {
    return token.hasClaim("groups") ? token.getStringListClaimValue("groups") : List.of();
  }
}
