package org.relay.engagement;

/**
 * Where a reply is published. Implementations must be safe to call again with the same idempotency
 * key: a retry after an unclear failure must not post twice.
 */
public interface ReplyChannel {

  /** The name publications record: where the reply went. */
  String name();

  /** Whether this channel publishes replies to mentions of the given channel code. */
  boolean publishes(String mentionChannel);

  /**
   * Publishes the reply and returns the link to it (null if the channel gives none).
   *
   * @throws RuntimeException when the reply could not be published; the process retries later
   */
  String publish(OutgoingReply reply);

  /**
   * A reply on its way out.
   *
   * @param mentionAuthor who posted the mention (replies address them)
   * @param author the employee who wrote the reply
   */
  record OutgoingReply(
      String idempotencyKey,
      long mentionId,
      String mentionChannel,
      String mentionExternalId,
      String mentionUrl,
      String mentionAuthor,
      String author,
      String text) {}
}
