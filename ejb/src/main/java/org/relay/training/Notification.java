package org.relay.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message about training for one person ({@code user:<username>}), a department's leads ({@code
 * lead:<department>}) or HR ({@code role:hr}), shown in the portal: Relay sends no e-mail. The
 * audience is matched exactly and each kind has its own prefix, so a person called {@code hr} or a
 * department called {@code sales-eu} never sees what is meant for HR or for {@code sales}. When and
 * by whom it was sent is kept, so reminders HR sends are on record.
 */
@Entity
@Table(name = "training_notification")
@NamedQuery(
    name = "Notification.findByAudiences",
    query =
        "select n from Notification n where n.audience in :audiences and n.createdAt >= :since"
            + " order by n.createdAt desc, n.id desc")
@NamedQuery(
    name = "Notification.countUnread",
    query = "select count(n) from Notification n where n.audience = :audience and n.readAt is null")
@NamedQuery(
    name = "Notification.findUnread",
    query = "select n from Notification n where n.audience = :audience and n.readAt is null")
public class Notification {

  /** The audience of HR's notifications. */
  public static final String HR = "role:hr";

  private static final String PERSON = "user:";

  /** The audience of one person's own notifications. */
  public static String person(String username) {
    return PERSON + username;
  }

  /** The audience of a department's leads: named like their work queue in the engagement. */
  public static String leadsOf(String department) {
    return "lead:" + department;
  }

  /** The audience as the portal and the API name it: the username, "lead:support" or "hr". */
  static String named(String audience) {
    if (audience.startsWith(PERSON)) {
      return audience.substring(PERSON.length());
    }
    return HR.equals(audience) ? "hr" : audience;
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_notification_seq")
  @SequenceGenerator(
      name = "training_notification_seq",
      sequenceName = "training_notification_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 210)
  private String audience;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private NotificationKind kind;

  @Column(name = "module_id")
  private Long moduleId;

  @Column(length = 200)
  private String subject;

  @Column(nullable = false, length = 1000)
  private String message;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 200)
  private String createdBy;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  Notification(
      String audience,
      NotificationKind kind,
      Long moduleId,
      String subject,
      String message,
      Instant createdAt,
      String createdBy) {
    this.audience = audience;
    this.kind = kind;
    this.moduleId = moduleId;
    this.subject = subject;
    this.message = message.length() > 1000 ? message.substring(0, 997) + "..." : message;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  void read(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  NotificationView view() {
    return new NotificationView(
        id,
        named(audience),
        kind,
        moduleId,
        subject,
        message,
        createdAt,
        createdBy,
        readAt != null);
  }
}
