package org.relay.directory;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.GroupResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.RoleResource;
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

  /**
   * Everyone in a department, and everyone holding one of the given realm roles, with their
   * departments and which of those roles they hold: directly, or through a group they or a parent
   * group of theirs belong to (composite roles are not expanded). A role the realm does not know
   * has no holders.
   */
  public List<StaffMember> staff(Collection<String> roles) {
    RealmResource relay = keycloak.realm(realm);
    Map<String, Person> people = new TreeMap<>();
    Map<String, Set<String>> departments = new TreeMap<>();
    Map<String, Set<String>> held = new TreeMap<>();
    for (GroupRepresentation group : departmentGroups(relay)) {
      for (UserRepresentation user :
          relay.groups().group(group.getId()).members(0, MAX_MEMBERS, true)) {
        people.putIfAbsent(user.getUsername(), toPerson(user));
        departments.computeIfAbsent(user.getUsername(), u -> new TreeSet<>()).add(group.getName());
      }
    }
    for (String role : new TreeSet<>(roles)) {
      for (UserRepresentation user : holdersOf(relay, role)) {
        people.putIfAbsent(user.getUsername(), toPerson(user));
        held.computeIfAbsent(user.getUsername(), u -> new TreeSet<>()).add(role);
      }
    }
    return people.values().stream()
        .map(
            person ->
                new StaffMember(
                    person.username(),
                    person.displayName(),
                    departments.getOrDefault(person.username(), Set.of()),
                    held.getOrDefault(person.username(), Set.of())))
        .toList();
  }

  private static List<UserRepresentation> holdersOf(RealmResource relay, String role) {
    RoleResource resource = relay.roles().get(role);
    List<UserRepresentation> holders;
    Set<GroupRepresentation> groups;
    try {
      holders = new ArrayList<>(resource.getUserMembers(0, MAX_MEMBERS));
      groups = resource.getRoleGroupMembers(0, MAX_MEMBERS);
    } catch (NotFoundException e) {
      return List.of();
    }
    Deque<GroupRepresentation> pending = new ArrayDeque<>(groups);
    Set<String> seen = new TreeSet<>();
    while (!pending.isEmpty()) {
      GroupRepresentation group = pending.pop();
      if (!seen.add(group.getId())) {
        continue;
      }
      GroupResource groupResource = relay.groups().group(group.getId());
      holders.addAll(groupResource.members(0, MAX_MEMBERS, true));
      pending.addAll(groupResource.getSubGroups(0, MAX_MEMBERS, true));
    }
    return holders;
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
