package org.relay.directory;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.relay.infrastructure.RelayConfig;

/**
 * Relay's own connection to Keycloak's admin API: the portal client's service account, from the
 * server's OIDC settings.
 */
record KeycloakConnection(Keycloak keycloak, String realm, String clientId) {

  static KeycloakConnection fromServerSettings() {
    String providerUrl = RelayConfig.required("relay.oidc.provider-url");
    int realmsAt = providerUrl.indexOf("/realms/");
    if (realmsAt < 0) {
      throw new IllegalStateException(
          "relay.oidc.provider-url must look like http://host:port/realms/<realm>: " + providerUrl);
    }
    String realm = providerUrl.substring(realmsAt + "/realms/".length()).replaceAll("/+$", "");
    String clientId = RelayConfig.required("relay.oidc.client-id");
    Keycloak keycloak =
        KeycloakBuilder.builder()
            .serverUrl(providerUrl.substring(0, realmsAt))
            .realm(realm)
            .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
            .clientId(clientId)
            .clientSecret(RelayConfig.required("relay.oidc.client-secret"))
            .build();
    return new KeycloakConnection(keycloak, realm, clientId);
  }
}
