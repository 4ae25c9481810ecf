package org.relay.guidelines;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.relay.listening.CrisisRaised;
import org.relay.listening.CrisisService;
import org.relay.listening.CrisisView;
import org.relay.listening.ListeningRules;
import org.relay.shared.Actor;
import org.relay.shared.Checks;
import org.relay.shared.ConflictException;
import org.relay.shared.NotFoundException;
import org.relay.shared.Roles;

/**
 * The canned-message library: PR and administrators write, change and retire messages; employees
 * insert one into the draft editor as a starting point. While a crisis is active,
 * crisis-measures.dmn decides which messages it freezes (as deployed: those for its topic and those
 * for no topic in particular): nobody writes, changes, retires or uses them until PR ends the
 * crisis.
 *
 * <p>Using, changing or retiring a message locks its row before it asks whether it is frozen, and
 * raising a crisis locks every message in the transaction that stores the crisis. So two uses at
 * once are counted one after the other (none is lost), and a use racing with a crisis either
 * commits before the crisis does or waits for it and is refused, whichever messages the deployed
 * model freezes.
 */
@Stateless
public class CannedMessageService {

  private static final int MAX_TEXT = 5000;

  @PersistenceContext private EntityManager em;
  @Inject CrisisService crises;
  @Inject ListeningRules listening;
  @Inject CannedMessageFreeze freeze;
  @Inject Event<CannedMessagesChanged> changed;

  /** The whole library, retired messages last; employees may read it. */
  public List<CannedMessageView> all(Actor actor) {
    requireEmployee(actor);
    Set<String> inCrisis = topicsInCrisis();
    return em
        .createNamedQuery("CannedMessage.findAll", CannedMessage.class)
        .getResultList()
        .stream()
        .map(m -> m.view(frozen(m.getTopic(), inCrisis)))
        .toList();
  }

  /** The messages offered for a mention of this topic: its own and those for any topic. */
  public List<CannedMessageView> forTopic(Actor actor, String topic) {
    requireEmployee(actor);
    Set<String> inCrisis = topicsInCrisis();
    return em
        .createNamedQuery("CannedMessage.findActive", CannedMessage.class)
        .getResultList()
        .stream()
        .filter(m -> m.getTopic() == null || m.getTopic().equals(topic))
        .map(m -> m.view(frozen(m.getTopic(), inCrisis)))
        .toList();
  }

  public CannedMessageView create(Actor actor, String title, String text, String topic) {
    requireEditor(actor);
    String cleanTopic = topic(topic);
    requireNotFrozen(cleanTopic, "written");
    CannedMessage message = new CannedMessage(actor.username(), Instant.now());
    message.define(title(title), text(text), cleanTopic, actor.username(), Instant.now());
    em.persist(message);
    em.flush();
    changed.fire(new CannedMessagesChanged(message.getId()));
    return message.view(false);
  }

  public CannedMessageView update(Actor actor, long id, String title, String text, String topic) {
    requireEditor(actor);
    CannedMessage message = findLocked(id);
    if (message.isRetired()) {
      throw new ConflictException("This canned message is retired; write a new one.");
    }
    String cleanTopic = topic(topic);
    requireNotFrozen(message.getTopic(), "changed");
    requireNotFrozen(cleanTopic, "changed");
    message.define(title(title), text(text), cleanTopic, actor.username(), Instant.now());
    changed.fire(new CannedMessagesChanged(id));
    return message.view(false);
  }

  public CannedMessageView retire(Actor actor, long id) {
    requireEditor(actor);
    CannedMessage message = findLocked(id);
    requireNotFrozen(message.getTopic(), "retired");
    if (!message.isRetired()) {
      message.retire(actor.username(), Instant.now());
      changed.fire(new CannedMessagesChanged(id));
    }
    return message.view(false);
  }

  /**
   * The text of the message, to start a draft from; counted. Refused while the message is frozen or
   * retired.
   */
  public CannedMessageView use(Actor actor, long id) {
    requireEmployee(actor);
    CannedMessage message = findLocked(id);
    if (message.isRetired()) {
      throw new ConflictException("This canned message is retired.");
    }
    requireNotFrozen(message.getTopic(), "used");
    message.used();
    return message.view(false);
  }

  private void requireNotFrozen(String topic, String what) {
    Set<String> inCrisis = topicsInCrisis();
    FreezeInputs inputs = FreezeInputs.of(topic, inCrisis);
    FreezeVerdict verdict = freeze.decide(inputs);
    if (verdict.frozen()) {
      Set<String> crises = inputs.crisisActive() ? Set.of(topic) : new TreeSet<>(inCrisis);
      throw new ConflictException(
          "Canned messages "
              + (topic == null ? "for any topic" : "for " + topic)
              + " are frozen"
              + (crises.isEmpty() ? "" : " during the crisis on " + String.join(", ", crises))
              + ": this one cannot be "
              + what
              + " until PR ends it."
              + (verdict.advice() == null || verdict.advice().isBlank()
                  ? ""
                  : " " + verdict.advice().strip()));
    }
  }

  /** Whether crisis-measures.dmn freezes the messages for the topic (null: for any topic). */
  private boolean frozen(String topic, Set<String> inCrisis) {
    return freeze.decide(FreezeInputs.of(topic, inCrisis)).frozen();
  }

  private Set<String> topicsInCrisis() {
    return crises.active().stream().map(CrisisView::topic).collect(Collectors.toSet());
  }

  /**
   * Locks every message, in the transaction that raises the crisis: it waits for uses under way to
   * commit, and uses that come later wait for the crisis and see it. Every message, not only those
   * the crisis freezes: which ones it freezes is crisis-measures.dmn's to say, and an administrator
   * may deploy a version that freezes more. The library is small and crises are rare.
   */
  public void freezeFor(@Observes CrisisRaised raised) {
    em.createNamedQuery("CannedMessage.findAllInIdOrder", CannedMessage.class)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  /** The message, its row locked until the transaction ends. */
  private CannedMessage findLocked(long id) {
    CannedMessage message = em.find(CannedMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (message == null) {
      throw new NotFoundException("No canned message " + id + ".");
    }
    return message;
  }

  private String topic(String topic) {
    if (topic == null || topic.isBlank()) {
      return null;
    }
    String name = topic.strip();
    if (!listening.current().topicNames().contains(name)) {
      throw Checks.invalid(
          "The canned message was not saved.",
          "topic",
          "must be one of " + listening.current().topicNames() + ", or empty for any topic");
    }
    return name;
  }

  private static String title(String title) {
    if (title == null || title.isBlank() || title.strip().length() > 120) {
      throw Checks.invalid(
          "The canned message was not saved.", "title", "give a title of 1 to 120");
    }
    return title.strip();
  }

  private static String text(String text) {
    if (text == null || text.isBlank()) {
      throw Checks.invalid("The canned message was not saved.", "text", "write the message");
    }
    if (text.strip().length() > MAX_TEXT) {
      throw Checks.invalid(
          "The canned message was not saved.",
          "text",
          "must be at most " + MAX_TEXT + " characters");
    }
    return text.strip();
  }

  private static void requireEditor(Actor actor) {
    Checks.requireRole(
        actor, "Only PR and administrators may change canned messages.", Roles.PR, Roles.ADMIN);
  }

  private static void requireEmployee(Actor actor) {
    Checks.requireRole(
        actor, "Only employees may read canned messages.", Roles.EMPLOYEE, Roles.ADMIN, Roles.PR);
  }
}
