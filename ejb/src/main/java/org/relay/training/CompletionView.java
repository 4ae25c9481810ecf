package org.relay.training;

import java.time.Instant;

/**
 * A completion as a certificate: who completed which version of which module, how, when, and until
 * when it counts. {@code counts} is false once a newer version required re-certification.
 */
public record CompletionView(
    long id,
    long moduleId,
    String moduleTitle,
    int version,
    String username,
    String displayName,
    CompletionSource source,
    Integer score,
    Instant completedAt,
    Instant expiresAt,
    String recordedBy,
    String note,
    boolean counts,
    boolean valid) {

  /** A reference printed on the certificate, e.g. {@code RLY-T-000042}. */
  public String reference() {
    return String.format("RLY-T-%06d", id);
  }
}
