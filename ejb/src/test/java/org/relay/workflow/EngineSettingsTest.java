package org.relay.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EngineSettingsTest {

  @Test
  void shouldKeepActivityHistoryAndCleanUpAtNightWhenTheServerSaysNothing() {
    EngineSettings settings = EngineSettings.of(null, " ", null);

    assertThat(settings.historyLevel()).isEqualTo("activity");
    assertThat(settings.historyLevelId()).isEqualTo(1);
    assertThat(settings.cleanupWindowStart()).isEqualTo("01:00");
    assertThat(settings.cleanupWindowEnd()).isEqualTo("05:00");
    assertThat(settings.jobThreads()).isZero();
    assertThat(EngineSettings.of(null, null, "0").jobThreads()).isZero();
  }

  @Test
  void shouldTakeTheLevelAndWindowTheOperatorChose() {
    EngineSettings settings = EngineSettings.of(" FULL ", "22:30-02:00", " 8 ");

    assertThat(settings.historyLevel()).isEqualTo("full");
    assertThat(settings.historyLevelId()).isEqualTo(3);
    assertThat(settings.cleanupWindowStart()).isEqualTo("22:30");
    assertThat(settings.cleanupWindowEnd()).isEqualTo("02:00");
    assertThat(settings.jobThreads()).isEqualTo(8);
  }

  @Test
  void shouldRefuseALevelTheEngineDoesNotKnow() {
    assertThatThrownBy(() -> EngineSettings.of("everything", null, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("relay.engine.history")
        .hasMessageContaining("none, activity, audit or full");
  }

  @Test
  void shouldRefuseAWindowThatIsNotTwoTimesOfDay() {
    assertThatThrownBy(() -> EngineSettings.of("audit", "1am-5am", null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("01:00-05:00");
    assertThatThrownBy(() -> EngineSettings.of("audit", "25:00-05:00", null))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void shouldRefuseJobThreadsThatAreNotAWholeNumberInRange() {
    assertThatThrownBy(() -> EngineSettings.of(null, null, "many"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("relay.engine.job-threads");
    assertThatThrownBy(() -> EngineSettings.of(null, null, "-2"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("between 1 and 64");
    assertThatThrownBy(() -> EngineSettings.of(null, null, "65"))
        .isInstanceOf(IllegalStateException.class);
  }
}
