package org.relay.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relay.shared.Actor;

/** Who reads which notifications: matched exactly, a person never by a group's name. */
class NotificationAudienceTest {

  @Test
  void shouldNotGiveHrsNotificationsToSomeoneCalledHr() {
    Actor namedHr = new Actor("hr", "H. R.", Set.of("support"), Set.of("employee"));

    assertThat(TrainingService.audiences(namedHr))
        .containsExactly(Notification.person("hr"))
        .doesNotContain(Notification.HR);
  }

  @Test
  void shouldGiveALeadTheirDepartmentsExactlyAndNoLookAlike() {
    Actor lead = new Actor("sam", "Sam", Set.of("sales"), Set.of("employee", "department-lead"));

    assertThat(TrainingService.audiences(lead))
        .containsExactlyInAnyOrder(Notification.person("sam"), Notification.leadsOf("sales"))
        .doesNotContain(Notification.leadsOf("sales-eu"));
  }

  @Test
  void shouldNameAudiencesAsBeforeOutsideTheDatabase() {
    assertThat(Notification.named(Notification.person("hr"))).isEqualTo("hr");
    assertThat(Notification.named(Notification.HR)).isEqualTo("hr");
    assertThat(Notification.named(Notification.leadsOf("sales"))).isEqualTo("lead:sales");
    assertThat(Notification.person("lead:sales")).isNotEqualTo(Notification.leadsOf("sales"));
  }
}
