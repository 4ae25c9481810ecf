package org.relay.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relay.training.TrainingFixtures.NOW;
import static org.relay.training.TrainingFixtures.completion;
import static org.relay.training.TrainingFixtures.published;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where someone stands with a module: current, expiring, expired, outdated or missing. */
class StandingTest {

  private final ModuleVersion v1 =
      published(1, "Speaking for the company", 1, List.of("employee"), List.of());

  @Test
  void shouldBeMissingWithoutAnyCompletion() {
    Standing standing = Standing.of(1, List.of(), NOW);

    assertThat(standing.status()).isEqualTo(TrainingStatus.MISSING);
    assertThat(standing.status().blocks()).isTrue();
  }

  @Test
  void shouldBeCurrentForTheValidityInCalendarMonthsToTheEndOfTheDay() {
    Instant completed = NOW.minus(Duration.ofDays(10));
    Completion done = completion(1, v1, "ana", completed);

    assertThat(done.getExpiresAt())
        .isEqualTo(
            LocalDate.ofInstant(completed, ZoneOffset.UTC)
                .plusMonths(12)
                .plusDays(1)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant());
    assertThat(Standing.of(1, List.of(done), NOW).status()).isEqualTo(TrainingStatus.CURRENT);
  }

  @Test
  void shouldBeExpiringWithinTheRenewalNoticeAndStillLetThemAnswer() {
    Completion done =
        completion(
            1,
            v1,
            "ana",
            NOW.atZone(ZoneOffset.UTC).minusMonths(12).toInstant().plus(Duration.ofDays(20)));

    Standing standing = Standing.of(1, List.of(done), NOW);

    assertThat(standing.status()).isEqualTo(TrainingStatus.EXPIRING);
    assertThat(standing.status().blocks()).isFalse();
    assertThat(standing.renewAt()).isEqualTo(done.getExpiresAt().minus(Standing.RENEWAL_NOTICE));
  }

  @Test
  void shouldBeExpiredFromTheMomentItExpires() {
    Completion done =
        completion(1, v1, "ana", NOW.atZone(ZoneOffset.UTC).minusMonths(12).toInstant());
    Instant expiry = done.getExpiresAt();

    assertThat(Standing.of(1, List.of(done), expiry.minusSeconds(1)).status())
        .isEqualTo(TrainingStatus.EXPIRING);
    assertThat(Standing.of(1, List.of(done), expiry).status()).isEqualTo(TrainingStatus.EXPIRED);
    assertThat(Standing.of(1, List.of(done), expiry).status().blocks()).isTrue();
  }

  @Test
  void shouldCountTheCompletionThatLastsLongest() {
    Completion old = completion(1, v1, "ana", NOW.minus(Duration.ofDays(400)));
    Completion recent = completion(2, v1, "ana", NOW.minus(Duration.ofDays(5)));

    Standing standing = Standing.of(1, List.of(recent, old), NOW);

    assertThat(standing.status()).isEqualTo(TrainingStatus.CURRENT);
    assertThat(standing.best()).isSameAs(recent);
  }

  @Test
  void shouldBeOutdatedWhenOnlyVersionsBeforeARecertificationWereCompleted() {
    Completion ofVersion1 = completion(1, v1, "ana", NOW.minus(Duration.ofDays(5)));

    Standing standing = Standing.of(2, List.of(ofVersion1), NOW);

    assertThat(standing.status()).isEqualTo(TrainingStatus.OUTDATED);
    assertThat(standing.status().blocks()).isTrue();
    assertThat(standing.best()).isNull();
  }

  @Test
  void shouldLetAnEarlierVersionCountUntilTheNewVersionsGracePeriodEnds() {
    Completion ofVersion1 = completion(1, v1, "ana", NOW.minus(Duration.ofDays(5)));
    Instant graceUntil = NOW.plus(Duration.ofDays(14));

    Standing during = Standing.of(2, graceUntil, List.of(ofVersion1), NOW);
    Standing after = Standing.of(2, graceUntil, List.of(ofVersion1), graceUntil);

    assertThat(during.status()).isEqualTo(TrainingStatus.NEW_VERSION_DUE);
    assertThat(during.status().blocks()).isFalse();
    assertThat(during.best()).isEqualTo(ofVersion1);
    assertThat(after.status()).isEqualTo(TrainingStatus.OUTDATED);
    assertThat(after.status().blocks()).isTrue();
  }

  @Test
  void shouldNotLetAnExpiredEarlierVersionCountDuringTheGracePeriod() {
    Completion expired =
        completion(1, v1, "ana", NOW.atZone(ZoneOffset.UTC).minusMonths(13).toInstant());

    Standing standing = Standing.of(2, NOW.plus(Duration.ofDays(14)), List.of(expired), NOW);

    assertThat(standing.status()).isEqualTo(TrainingStatus.OUTDATED);
  }

  @Test
  void shouldNeverPutAShortValidityUpForRenewalTheMomentItIsCompleted() {
    ModuleVersion oneMonth = TrainingFixtures.publishedValidFor(9, 1);
    Instant february = Instant.parse("2027-02-01T09:00:00Z");
    Completion done = completion(1, oneMonth, "ana", february);

    Standing standing = Standing.of(1, List.of(done), february);

    assertThat(done.getExpiresAt()).isEqualTo(Instant.parse("2027-03-02T00:00:00Z"));
    assertThat(standing.status()).isEqualTo(TrainingStatus.CURRENT);
    assertThat(standing.renewAt())
        .as("a quarter of the validity before it expires, not 30 days (before it was made)")
        .isEqualTo(
            done.getExpiresAt().minus(Duration.between(february, done.getExpiresAt()).dividedBy(4)))
        .isAfter(february);
    assertThat(ReminderSchedule.of(standing.renewAt(), done.getExpiresAt()).first())
        .isAfter(standing.renewAt());
  }

  @Test
  void shouldGiveAYearsValidityTheFullRenewalNotice() {
    Completion done = completion(1, v1, "ana", NOW);

    assertThat(Standing.of(1, List.of(done), NOW).renewAt())
        .isEqualTo(done.getExpiresAt().minus(Standing.RENEWAL_NOTICE));
  }
}
