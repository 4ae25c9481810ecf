package org.relay.listening.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SpikeDetectorTest {

  /** A quiet topic's last 24 hours: mean 3.79, σ 1.15. */
  private static final long[] QUIET_DAY = {
    3, 5, 2, 4, 6, 3, 4, 5, 2, 3, 4, 5, 3, 4, 6, 2, 3, 5, 4, 3, 4, 5, 3, 3
  };

  /** A busy, swinging topic's last 24 hours: mean 24.46, σ 6.32 (so 3σ ends at 43.4). */
  private static final long[] BUSY_DAY = {
    15, 30, 18, 34, 22, 29, 16, 33, 24, 27, 17, 31, 20, 32, 14, 35, 25, 19, 28, 21, 30, 23, 26, 18
  };

  private final SpikeDetector detector = new SpikeDetector();

  @Test
  void shouldFlagAClearSpikeOnANoisyBaseline() {
    SpikeVerdict verdict = detector.assess(QUIET_DAY, 42);

    assertThat(verdict.spike()).isTrue();
    assertThat(verdict.mean()).isCloseTo(3.7917, within(1e-4));
    assertThat(verdict.stdDev()).isCloseTo(1.1539, within(1e-4));
    assertThat(verdict.current()).isEqualTo(42);
  }

  @Test
  void shouldNotFlagOrdinaryNoiseAboveTheMinimumVolume() {
    SpikeVerdict verdict = detector.assess(BUSY_DAY, 40);

    assertThat(verdict.spike()).isFalse();
    assertThat(verdict.threshold()).isCloseTo(43.41, within(0.01));
    assertThat(detector.assess(BUSY_DAY, 44).spike()).isTrue();
  }

  @Test
  void shouldNotFlagFewerMentionsThanTheMinimumVolume() {
    long[] almostSilent = new long[24];
    almostSilent[5] = 1;

    SpikeVerdict verdict = detector.assess(almostSilent, 9);

    assertThat(verdict.spike()).isFalse();
    assertThat(verdict.threshold()).isEqualTo(9);
    assertThat(new SpikeDetector(3, 5).assess(almostSilent, 9).spike()).isTrue();
  }

  @Test
  void shouldNotTreatOneExtraMentionOnAFlatBaselineAsASpike() {
    long[] flat = filled(24, 20);

    SpikeVerdict verdict = detector.assess(flat, 21);

    assertThat(verdict.spike()).isFalse();
    assertThat(verdict.stdDev()).isZero();
    // σ is taken as at least √mean, as for Poisson counts: 20 + 3·√20 ≈ 33.4.
    assertThat(verdict.threshold()).isCloseTo(20 + 3 * Math.sqrt(20), within(1e-9));
    assertThat(detector.assess(flat, 33).spike()).isFalse();
    assertThat(detector.assess(flat, 34).spike()).isTrue();
  }

  @Test
  void shouldFlagABurstAfterAllZeroHoursOnceItReachesTheMinimumVolume() {
    long[] silent = new long[24];

    assertThat(detector.assess(silent, 9).spike()).isFalse();
    assertThat(detector.assess(silent, 10).spike()).isTrue();
  }

  @Test
  void shouldAskForThreeTimesTheMinimumVolumeWithoutAnyHistory() {
    long[] none = {};

    assertThat(detector.assess(none, 29).spike()).isFalse();
    assertThat(detector.assess(none, 30).spike()).isTrue();
    assertThat(detector.assess(none, 30).threshold()).isEqualTo(29);
  }

  @Test
  void shouldHonourTheConfiguredNumberOfSigmas() {
    SpikeDetector lenient = new SpikeDetector(2, 10);
    SpikeDetector strict = new SpikeDetector(3, 10);

    // BUSY_DAY: 2σ above the mean is 37.1, 3σ is 43.4.
    assertThat(lenient.assess(BUSY_DAY, 40).spike()).isTrue();
    assertThat(strict.assess(BUSY_DAY, 40).spike()).isFalse();
  }

  @Test
  void shouldDescribeTheVerdictInASentence() {
    assertThat(detector.assess(new long[] {20, 40}, 75).describe())
        .isEqualTo("75 mentions in the last hour against 30.0 ± 10.0 per hour (threshold 60.0)");
    assertThat(detector.assess(new long[] {0, 0}, 1).describe())
        .isEqualTo("1 mention in the last hour against 0.0 ± 0.0 per hour (threshold 9.0)");
  }

  @Test
  void shouldRejectMeaninglessInput() {
    assertThatThrownBy(() -> detector.assess(null, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> detector.assess(new long[] {1, -1}, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> detector.assess(QUIET_DAY, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SpikeDetector(0, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SpikeDetector(Double.NaN, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SpikeDetector(3, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static long[] filled(int hours, long count) {
    long[] counts = new long[hours];
    Arrays.fill(counts, count);
    return counts;
  }
}
