package org.relay.training;

import java.time.Instant;

/**
 * A training notification as the portal shows it.
 *
 * @param audience the person's username, {@code lead:<department>} or {@code hr}
 * @param subject the employee it is about
 */
public record NotificationView(
    long id,
    String audience,
    NotificationKind kind,
    Long moduleId,
    String subject,
    String message,
    Instant at,
    String by,
    boolean read) {}
