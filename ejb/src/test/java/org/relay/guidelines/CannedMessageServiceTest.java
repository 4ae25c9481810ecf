package org.relay.guidelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relay.listening.Crisis;
import org.relay.listening.CrisisRaised;
import org.relay.listening.CrisisService;
import org.relay.listening.CrisisView;
import org.relay.listening.ListeningRules;
import org.relay.shared.Actor;
import org.relay.shared.ConflictException;

/**
 * The library asks crisis-measures.dmn (behind {@link CannedMessageFreeze}) whether a message is
 * frozen, with the crisis state as it is now, and refuses with the model's advice; raising a crisis
 * locks the whole library.
 */
@ExtendWith(MockitoExtension.class)
class CannedMessageServiceTest {

  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
  private static final String ADVICE = "Write the reply yourself, from PR's holding statement.";

  @Mock EntityManager em;
  @Mock CrisisService crises;
  @Mock ListeningRules listening;
  @Mock CannedMessageFreeze freeze;
  @Mock Event<CannedMessagesChanged> changed;
  @Mock TypedQuery<CannedMessage> query;

  @InjectMocks CannedMessageService service;

  private final Actor alice = new Actor("alice", null, Set.of("support"), Set.of("employee"));
  private final Actor paul = new Actor("paul", null, Set.of("pr"), Set.of("employee", "pr"));

  @Test
  void shouldRefuseToUseAMessageForATopicTheModelFreezesWithItsAdvice() {
    CannedMessage message = stored(7, "billing");
    inCrisis("billing");
    when(freeze.decide(new FreezeInputs(false, true, true)))
        .thenReturn(new FreezeVerdict(true, ADVICE));

    assertThatThrownBy(() -> service.use(alice, 7))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "Canned messages for billing are frozen during the crisis on billing: this one cannot"
                + " be used until PR ends it. "
                + ADVICE);
    assertThat(message.view(false).uses()).isZero();
  }

  @Test
  void shouldNameEveryCrisisWhenAMessageForAnyTopicIsFrozen() {
    stored(8, null);
    inCrisis("outage", "billing");
    when(freeze.decide(new FreezeInputs(true, false, true)))
        .thenReturn(new FreezeVerdict(true, ADVICE));

    assertThatThrownBy(() -> service.retire(paul, 8))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "Canned messages for any topic are frozen during the crisis on billing, outage: this"
                + " one cannot be retired until PR ends it. "
                + ADVICE);
  }

  @Test
  void shouldCountAUseOfAMessageTheModelLeavesUsableDuringACrisisElsewhere() {
    CannedMessage message = stored(9, "shipping");
    inCrisis("billing");
    when(freeze.decide(new FreezeInputs(false, false, true)))
        .thenReturn(new FreezeVerdict(false, null));

    CannedMessageView used = service.use(alice, 9);

    assertThat(used.frozen()).isFalse();
    assertThat(message.view(false).uses()).isEqualTo(1);
  }

  @Test
  void shouldShowEachMessageFrozenAsTheModelSays() {
    CannedMessage forBilling = message(1, "billing");
    CannedMessage forShipping = message(2, "shipping");
    inCrisis("billing");
    when(em.createNamedQuery("CannedMessage.findAll", CannedMessage.class)).thenReturn(query);
    when(query.getResultList()).thenReturn(List.of(forBilling, forShipping));
    when(freeze.decide(new FreezeInputs(false, true, true)))
        .thenReturn(new FreezeVerdict(true, ADVICE));
    when(freeze.decide(new FreezeInputs(false, false, true)))
        .thenReturn(new FreezeVerdict(false, null));

    List<CannedMessageView> library = service.all(alice);

    assertThat(library)
        .extracting(CannedMessageView::topic, CannedMessageView::frozen)
        .containsExactly(tuple("billing", true), tuple("shipping", false));
  }

  @Test
  void shouldLockTheWholeLibraryInTheTransactionThatRaisesACrisis() {
    when(em.createNamedQuery("CannedMessage.findAllInIdOrder", CannedMessage.class))
        .thenReturn(query);
    when(query.setLockMode(LockModeType.PESSIMISTIC_WRITE)).thenReturn(query);

    service.freezeFor(new CrisisRaised(1, "billing"));

    verify(query).setLockMode(LockModeType.PESSIMISTIC_WRITE);
    verify(query).getResultList();
  }

  @Test
  void shouldBuildTheInputsFromTheTopicAndTheTopicsInCrisis() {
    assertThat(FreezeInputs.of("billing", Set.of("billing")))
        .isEqualTo(new FreezeInputs(false, true, true));
    assertThat(FreezeInputs.of("shipping", Set.of("billing")))
        .isEqualTo(new FreezeInputs(false, false, true));
    assertThat(FreezeInputs.of(null, Set.of("billing")))
        .isEqualTo(new FreezeInputs(true, false, true));
    assertThat(FreezeInputs.of(null, Set.of())).isEqualTo(new FreezeInputs(true, false, false));
    assertThat(FreezeInputs.of("billing", Set.of()).variables())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("anyTopic", false, "crisisActive", false, "crisisAnywhere", false));
  }

  private CannedMessage stored(long id, String topic) {
    CannedMessage message = message(id, topic);
    when(em.find(CannedMessage.class, id, LockModeType.PESSIMISTIC_WRITE)).thenReturn(message);
    return message;
  }

  /** A message as the database returns it: the id is the database's to give. */
  private static CannedMessage message(long id, String topic) {
    CannedMessage message = new CannedMessage("paul", NOW);
    message.define("Thanks", "Thanks for your patience.", topic, "paul", NOW);
    try {
      Field field = CannedMessage.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(message, id);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return message;
  }

  private void inCrisis(String... topics) {
    when(crises.active())
        .thenReturn(
            Arrays.stream(topics)
                .map(
                    topic ->
                        new CrisisView(
                            1,
                            topic,
                            Crisis.Reason.MANUAL,
                            "d",
                            NOW,
                            "paul",
                            null,
                            null,
                            null,
                            null,
                            null,
                            null))
                .toList());
  }
}
