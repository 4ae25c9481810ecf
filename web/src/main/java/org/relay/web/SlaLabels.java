package org.relay.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** How the pages show a due time: "due in 3 h 20 min", "overdue by 15 min", and its colour. */
@Named("sla")
@ApplicationScoped
public class SlaLabels {

  private final Clock clock = Clock.systemUTC();

  public String label(Instant due) {
    if (due == null) {
      return "";
    }
    Duration left = Duration.between(Instant.now(clock), due);
    String amount = humanise(left.abs());
    return left.isNegative() ? "overdue by " + amount : "due in " + amount;
  }

  public String styleClass(Instant due) {
    if (due == null) {
      return "";
    }
    Duration left = Duration.between(Instant.now(clock), due);
    if (left.isNegative()) {
      return "sla-overdue";
    }
    return left.compareTo(Duration.ofHours(1)) < 0 ? "sla-closing" : "sla-ok";
  }

  static String humanise(Duration duration) {
    long hours = duration.toHours();
    long minutes = duration.toMinutesPart();
    if (hours >= 48) {
      return (hours / 24) + " d";
    }
    return hours > 0 ? hours + " h " + minutes + " min" : minutes + " min";
  }
}
