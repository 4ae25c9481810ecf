package org.relay.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.resource.GroupResource;
import org.keycloak.admin.client.resource.GroupsResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.RoleResource;
import org.keycloak.admin.client.resource.RolesResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** Keycloak answers a page at a time: the directory reads every page, not the first only. */
@ExtendWith(MockitoExtension.class)
class DirectoryPagingTest {

  @Mock RealmResource realm;
  @Mock GroupsResource groups;
  @Mock GroupResource departments;
  @Mock GroupResource support;
  @Mock RolesResource roles;
  @Mock RoleResource hr;

  @Test
  void shouldAskPageAfterPageUntilAShortOne() {
    List<String> everyone = IntStream.range(0, 250).mapToObj(i -> "user" + i).toList();

    List<String> read =
        DirectoryService.all(
            (first, max) -> everyone.subList(first, Math.min(everyone.size(), first + max)));

    assertThat(read).isEqualTo(everyone);
  }

  @Test
  void shouldReadEveryMemberOfABigDepartmentAndEveryHolderOfARole() {
    List<UserRepresentation> supportStaff = users("agent", 230);
    List<UserRepresentation> hrStaff = users("hr", 101);
    when(realm.getGroupByPath("/departments")).thenReturn(group("root", "departments"));
    when(realm.groups()).thenReturn(groups);
    when(groups.group("root")).thenReturn(departments);
    when(groups.group("support")).thenReturn(support);
    when(departments.getSubGroups(anyInt(), anyInt(), eq(true)))
        .thenAnswer(
            call ->
                page(
                    List.of(group("support", "support")),
                    call.getArgument(0),
                    call.getArgument(1)));
    when(support.members(anyInt(), anyInt(), eq(true)))
        .thenAnswer(call -> page(supportStaff, call.getArgument(0), call.getArgument(1)));
    when(realm.roles()).thenReturn(roles);
    when(roles.get(anyString())).thenReturn(hr);
    when(hr.getUserMembers(anyInt(), anyInt()))
        .thenAnswer(call -> page(hrStaff, call.getArgument(0), call.getArgument(1)));
    when(hr.getRoleGroupMembers(anyInt(), anyInt())).thenReturn(Set.of());

    List<StaffMember> staff = DirectoryService.staff(realm, List.of("hr"));

    assertThat(staff).hasSize(331);
    assertThat(staff.stream().filter(m -> m.departments().contains("support"))).hasSize(230);
    assertThat(staff.stream().filter(m -> m.roles().contains("hr"))).hasSize(101);
  }

  private static <T> List<T> page(List<T> all, int first, int max) {
    return first >= all.size() ? List.of() : all.subList(first, Math.min(all.size(), first + max));
  }

  private static List<UserRepresentation> users(String prefix, int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i -> {
              UserRepresentation user = new UserRepresentation();
              user.setUsername(prefix + i);
              return user;
            })
        .toList();
  }

  private static GroupRepresentation group(String id, String name) {
    GroupRepresentation group = new GroupRepresentation();
    group.setId(id);
    group.setName(name);
    group.setPath("/departments/" + name);
    return group;
  }
}
