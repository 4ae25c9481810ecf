package org.relay.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the pages show a moment: "22 Nov 2026, 14:49 UTC". */
@Named("times")
@ApplicationScoped
public class Times {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  public String of(Instant instant) {
    return instant == null ? "" : FORMAT.format(instant);
  }
}
