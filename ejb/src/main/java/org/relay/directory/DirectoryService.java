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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
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

  /**
   * How many users or groups to ask Keycloak for at once. Its admin API answers at most a page per
   * call (100 by default for members), so every listing pages through to the end.
   */
  static final int PAGE = 100;

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
    return staff(keycloak.realm(realm), roles);
  }

  static List<StaffMember> staff(RealmResource relay, Collection<String> roles) {
    Map<String, Person> people = new TreeMap<>();
    Map<String, Set<String>> departments = new TreeMap<>();
    Map<String, Set<String>> held = new TreeMap<>();
    for (GroupRepresentation group : departmentGroups(relay)) {
      for (UserRepresentation user : members(relay.groups().group(group.getId()))) {
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
      holders = new ArrayList<>(all(resource::getUserMembers));
      groups =
          new LinkedHashSet<>(
              all((first, max) -> List.copyOf(resource.getRoleGroupMembers(first, max))));
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
      holders.addAll(members(groupResource));
      pending.addAll(all((first, max) -> groupResource.getSubGroups(first, max, true)));
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
    GroupResource departments = relay.groups().group(root.getId());
    return all((first, max) -> departments.getSubGroups(first, max, true)).stream()
        .sorted(Comparator.comparing(GroupRepresentation::getName))
        .toList();
  }

  private static List<Person> membersOf(RealmResource relay, GroupRepresentation group) {
    return members(relay.groups().group(group.getId())).stream()
        .map(DirectoryService::toPerson)
        .sorted(Comparator.comparing(Person::username))
        .toList();
  }

  private static List<UserRepresentation> members(GroupResource group) {
    return all((first, max) -> group.members(first, max, true));
  }

  /** Every item of a listing Keycloak answers a page at a time, asking until a page is short. */
  static <T> List<T> all(BiFunction<Integer, Integer, List<T>> page) {
    List<T> all = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<T> items = page.apply(first, PAGE);
      all.addAll(items);
      if (items.size() < PAGE) {
        return all;
      }
    }
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
