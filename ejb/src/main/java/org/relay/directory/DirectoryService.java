package org.relay.directory;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.util.Comparator;
import java.util.List;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.GroupResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.relay.shared.Actor;
import org.relay.shared.NotAllowedException;
import org.relay.shared.Roles;

/**
 * Reads the departments and their members from Keycloak. Any employee may see who works where (that
 * is how they know whom to transfer a mention to).
 */
@ApplicationScoped
public class DirectoryService {

  static final String DEPARTMENTS_PATH = "/departments";
  private static final int MAX_MEMBERS = 1000;

  private Keycloak keycloak;
  private String realm;

  @PostConstruct
  void connect() {
    KeycloakConnection connection = KeycloakConnection.fromServerSettings();
    keycloak = connection.keycloak();
    realm = connection.realm();
  }

  @PreDestroy
  void close() {
    if (keycloak != null) {
      keycloak.close();
    }
  }

  public List<Department> departments(Actor actor) {
    if (!actor.hasAnyRole(Roles.EMPLOYEE, Roles.ADMIN)) {
      throw new NotAllowedException("Only employees may read the directory.");
    }
    RealmResource relay = keycloak.realm(realm);
    return departmentGroups(relay).stream()
        .map(group -> new Department(group.getName(), group.getPath(), membersOf(relay, group)))
        .toList();
  }

  /** The names of all departments, sorted. */
  public List<String> departmentNames() {
    return departmentGroups(keycloak.realm(realm)).stream()
        .map(GroupRepresentation::getName)
        .toList();
  }

  /** The members of one department (none if there is no such department). */
  public List<Person> members(String department) {
    RealmResource relay = keycloak.realm(realm);
    return departmentGroups(relay).stream()
        .filter(group -> group.getName().equals(department))
        .findFirst()
        .map(group -> membersOf(relay, group))
        .orElse(List.of());
  }

  private static List<GroupRepresentation> departmentGroups(RealmResource relay) {
    GroupRepresentation root;
    try {
      root = relay.getGroupByPath(DEPARTMENTS_PATH);
    } catch (NotFoundException e) {
      return List.of();
    }
    return relay.groups().group(root.getId()).getSubGroups(0, MAX_MEMBERS, true).stream()
        .sorted(Comparator.comparing(GroupRepresentation::getName))
        .toList();
  }

  private static List<Person> membersOf(RealmResource relay, GroupRepresentation group) {
    GroupResource resource = relay.groups().group(group.getId());
    return resource.members(0, MAX_MEMBERS, true).stream()
        .map(DirectoryService::toPerson)
        .sorted(Comparator.comparing(Person::username))
        .toList();
  }

  private static Person toPerson(UserRepresentation user) {
    String name =
        String.join(
                " ",
                user.getFirstName() == null ? "" : user.getFirstName(),
                user.getLastName() == null ? "" : user.getLastName())
            .strip();
    return new Person(user.getUsername(), name.isEmpty() ? user.getUsername() : name);
  }
}
