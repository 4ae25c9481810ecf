package org.relay.listening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The channels administrators configured. Runs in the caller's transaction. */
@ApplicationScoped
public class ChannelRepository {

  @PersistenceContext private EntityManager em;

  public List<Channel> findAll() {
    return em.createNamedQuery("Channel.findAll", Channel.class).getResultList();
  }

  public Optional<Channel> find(long id) {
    return Optional.ofNullable(em.find(Channel.class, id));
  }

  /** The channel, locked until the transaction ends, so that one node polls it at a time. */
  public Optional<Channel> findForPoll(long id) {
    return Optional.ofNullable(em.find(Channel.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<Channel> findByCode(String code) {
    return em.createNamedQuery("Channel.findByCode", Channel.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /**
   * Whether the channel with this code is switched on; empty if none has it. A value, not the
   * entity: ingestion asks for every mention, and a managed channel would be dirty-checked at every
   * flush of a batch.
   */
  public Optional<Boolean> findEnabledByCode(String code) {
    return em.createNamedQuery("Channel.findEnabledByCode", Boolean.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** Ids of the enabled channels of these types whose next poll is due. */
  public List<Long> findDue(Collection<ChannelType> types, Instant now) {
    return em.createNamedQuery("Channel.findDue", Long.class)
        .setParameter("types", types)
        .setParameter("now", now)
        .getResultList();
  }

  public Channel store(Channel channel) {
    em.persist(channel);
    return channel;
  }

  public void remove(Channel channel) {
    em.remove(channel);
  }

  /** Mentions stored per channel code and the latest arrival, for the channels' status. */
  public List<Object[]> mentionCounts() {
    return em.createQuery(
            "select m.channel, count(m), max(m.receivedAt) from Mention m group by m.channel",
            Object[].class)
        .getResultList();
  }
}
