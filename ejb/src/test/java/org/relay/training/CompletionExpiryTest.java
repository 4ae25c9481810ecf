package org.relay.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A completion counts to the end of the same calendar day its validity later, in the company's
 * zone, however late in the day it was done and whatever the offset to UTC.
 */
class CompletionExpiryTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private final ModuleVersion version =
      TrainingFixtures.published(1, "Speaking", 1, List.of("employee"), List.of());

  @Test
  void shouldNotExpireADayEarlyWhenCompletedLateInTheEvening() {
    Instant lateEvening = at("2026-03-14T23:30", BERLIN);

    Completion done = completed(lateEvening, BERLIN);

    assertThat(done.getExpiresAt()).isEqualTo(at("2027-03-15T00:00", BERLIN));
    assertThat(done.isValidAt(at("2027-03-14T23:59", BERLIN))).isTrue();
    assertThat(done.isValidAt(at("2027-03-15T00:00", BERLIN))).isFalse();
  }

  @Test
  void shouldCountTheDayInTheCompanysZoneNotInUtc() {
    Instant lateEvening = at("2026-03-14T23:30", NEW_YORK);

    Completion done = completed(lateEvening, NEW_YORK);

    assertThat(lateEvening).isEqualTo(Instant.parse("2026-03-15T03:30:00Z"));
    assertThat(done.getExpiresAt()).isEqualTo(at("2027-03-15T00:00", NEW_YORK));
  }

  @Test
  void shouldTakeTheDayHrRecordedInTheCompanysZone() {
    Instant recorded = ComplianceService.parseDay("2026-03-14", NEW_YORK);

    assertThat(recorded).isEqualTo(at("2026-03-14T00:00", NEW_YORK));
    assertThat(completed(recorded, NEW_YORK).getExpiresAt())
        .isEqualTo(at("2027-03-15T00:00", NEW_YORK));
  }

  private Completion completed(Instant at, ZoneId zone) {
    return new Completion(
        version,
        new Trainee("ana", "Ana", Set.of(), Set.of("employee")),
        CompletionSource.QUIZ,
        100,
        at,
        at,
        "ana",
        null,
        zone);
  }

  private static Instant at(String local, ZoneId zone) {
    return LocalDateTime.parse(local).atZone(zone).toInstant();
  }
}
