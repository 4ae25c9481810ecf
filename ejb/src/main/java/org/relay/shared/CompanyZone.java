package org.relay.shared;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The company's time zone ({@code RELAY_COMPANY_ZONE}, as the system property {@code
 * relay.company-zone}; UTC when unset). Moments are stored in UTC; days a person counts in (the day
 * a training was done, the last day a certificate is valid) are the company's, and the portal shows
 * moments in it.
 */
public final class CompanyZone {

  public static final String PROPERTY = "relay.company-zone";

  private CompanyZone() {}

  public static ZoneId get() {
    return of(System.getProperty(PROPERTY));
  }

  /** The zone named (an IANA id such as {@code Europe/Berlin}), UTC for none. */
  public static ZoneId of(String name) {
    if (name == null || name.isBlank()) {
      return ZoneId.of("UTC");
    }
    try {
      return ZoneId.of(name.strip());
    } catch (DateTimeException e) {
      throw new IllegalStateException(
          "Relay setting "
              + PROPERTY
              + " is \""
              + name
              + "\", which is not a time zone: use an IANA id such as Europe/Berlin.",
          e);
    }
  }
}
