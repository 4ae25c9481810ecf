package org.relay.listening.channels;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A channel could not be read or written. The message says what happened in words an administrator
 * can act on; {@link #reason()} says what kind of failure it was, and {@link #retryable()} whether
 * trying again later may help without anyone changing anything.
 *
 * <p>Checked on purpose: every caller of a connector must decide between "try again later" and
 * "tell a person", and a checked exception also leaves an EJB transaction alone.
 */
public class ChannelException extends Exception {

  private static final long serialVersionUID = 1L;

  /** What kind of failure it was. */
  public enum Reason {
    /** No connection, or no answer in time. */
    UNREACHABLE(true),
    /** The source answered with a server error (5xx, 408). */
    UNAVAILABLE(true),
    /** The source asked Relay to slow down (429). */
    RATE_LIMITED(true),
    /** The source refused the credentials (401, 403): a person must fix the channel settings. */
    ACCESS_DENIED(false),
    /** The address does not exist (404, 410): a person must fix the channel settings. */
    NOT_FOUND(false),
    /** The source refused the request itself (other 4xx, redirects Relay does not follow). */
    REJECTED(false),
    /** The answer or the file is not what the connector reads: not a feed, malformed, too large. */
    INVALID_CONTENT(false);

    private final boolean retryable;

    Reason(boolean retryable) {
      this.retryable = retryable;
    }

    public boolean retryable() {
      return retryable;
    }
  }

  private final Reason reason;
  private final Instant retryAfter;
  private final int httpStatus;

  public ChannelException(Reason reason, String message) {
    this(reason, message, null, 0, null);
  }

  public ChannelException(Reason reason, String message, Throwable cause) {
    this(reason, message, null, 0, cause);
  }

  ChannelException(
      Reason reason, String message, Instant retryAfter, int httpStatus, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.retryAfter = retryAfter;
    this.httpStatus = httpStatus;
  }

  public Reason reason() {
    return reason;
  }

  /** Whether trying again later, unchanged, may succeed. */
  public boolean retryable() {
    return reason.retryable();
  }

  /**
   * The earliest moment the source wants to hear from Relay again (from {@code Retry-After} or a
   * rate-limit reset), if it said.
   */
  public Optional<Instant> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** The HTTP status the source answered with, if the failure was an HTTP answer. */
  public OptionalInt httpStatus() {
    return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
  }
}
