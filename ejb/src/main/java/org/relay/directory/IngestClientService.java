package org.relay.directory;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.relay.shared.Actor;
import org.relay.shared.Checks;
import org.relay.shared.ConflictException;
import org.relay.shared.Roles;

/**
 * Webhook clients: administrators create a Keycloak client per system that delivers mentions, with
 * a service account holding the role {@code ingest} and tokens meant for Relay. The client
 * authenticates with the client-credentials grant; no person signs in as it.
 */
@ApplicationScoped
public class IngestClientService {

  /** Every webhook client's id starts so; the demo's {@code relay-ingest} is one of them. */
  public static final String PREFIX = "relay-ingest";

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

  private Keycloak keycloak;
  private String realm;
  private String audience;

  @PostConstruct
  void connect() {
    KeycloakConnection connection = KeycloakConnection.fromServerSettings();
    keycloak = connection.keycloak();
    realm = connection.realm();
    audience = connection.clientId();
  }

  @PreDestroy
  void close() {
    if (keycloak != null) {
      keycloak.close();
    }
  }

  public List<IngestClient> clients(Actor actor) {
    requireAdmin(actor);
    return keycloak.realm(realm).clients().findAll().stream()
        .filter(c -> c.getClientId().startsWith(PREFIX))
        .map(c -> new IngestClient(c.getClientId(), c.getName(), null))
        .toList();
  }

  /** Creates the client {@code relay-ingest-<name>} and returns its secret, this once. */
  public IngestClient create(Actor actor, String name) {
    requireAdmin(actor);
    if (name == null || !NAME.matcher(name).matches()) {
      throw Checks.invalid(
          "The client was not created.",
          "name",
          "2 to 40 lower-case letters, digits and dashes, e.g. social-bridge");
    }
    String clientId = PREFIX + "-" + name;
    RealmResource relay = keycloak.realm(realm);
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(clientId);
    client.setName("Relay webhook client " + name + " (created by " + actor.username() + ")");
    client.setEnabled(true);
    client.setProtocol("openid-connect");
    client.setPublicClient(false);
    client.setClientAuthenticatorType("client-secret");
    client.setStandardFlowEnabled(false);
    client.setDirectAccessGrantsEnabled(false);
    client.setImplicitFlowEnabled(false);
    client.setServiceAccountsEnabled(true);
    client.setProtocolMappers(List.of(audienceMapper()));
    try (Response created = relay.clients().create(client)) {
      if (created.getStatus() == 409) {
        throw new ConflictException("A client " + clientId + " exists already.");
      }
      if (created.getStatus() != 201) {
        throw new IllegalStateException(
            "Keycloak did not create the client " + clientId + ": HTTP " + created.getStatus());
      }
    }
    String id = relay.clients().findByClientId(clientId).get(0).getId();
    ClientResource resource = relay.clients().get(id);
    RoleRepresentation ingest = relay.roles().get(Roles.INGEST).toRepresentation();
    relay
        .users()
        .get(resource.getServiceAccountUser().getId())
        .roles()
        .realmLevel()
        .add(List.of(ingest));
    return new IngestClient(clientId, client.getName(), resource.getSecret().getValue());
  }

  /** Tokens of the client name Relay's client as their audience, which Relay requires. */
  private ProtocolMapperRepresentation audienceMapper() {
    ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
    mapper.setName("relay audience");
    mapper.setProtocol("openid-connect");
    mapper.setProtocolMapper("oidc-audience-mapper");
    mapper.setConfig(
        Map.of(
            "included.client.audience", audience,
            "access.token.claim", "true",
            "id.token.claim", "false"));
    return mapper;
  }

  private static void requireAdmin(Actor actor) {
    Checks.requireRole(actor, "Only administrators may manage webhook clients.", Roles.ADMIN);
  }
}
