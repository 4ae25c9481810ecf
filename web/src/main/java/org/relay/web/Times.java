package org.relay.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.relay.shared.CompanyZone;

/**
 * How the pages show a moment, in the company's zone ({@code RELAY_COMPANY_ZONE}, UTC by default):
 * "22 Nov 2026, 14:49 UTC". Moments are stored in UTC.
 */
@Named("times")
@ApplicationScoped
public class Times {

  private static final ZoneId ZONE = CompanyZone.get();
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH).withZone(ZONE);

  public String of(Instant instant) {
    return instant == null ? "" : FORMAT.format(instant);
  }

  /**
   * The last day something that ends at the moment is good for, in the company's zone: a
   * certificate expiring at the start of 15 March is valid through 14 March.
   */
  public static LocalDate lastDayBefore(Instant end) {
    return LocalDate.ofInstant(end.minusNanos(1), ZONE);
  }
}
