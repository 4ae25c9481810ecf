package org.relay.listening.channels;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.relay.listening.channels.ChannelException.Reason;

/**
 * The HTTP every connector shares: one User-Agent, a connect and a whole-request timeout, and a cap
 * on the size of an answer, so that no source can stall or flood a poll. Thread-safe.
 */
final class ChannelHttp {

  static final String USER_AGENT = "Relay/0.1 (+https://github.com/relay)";
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  static final int MAX_BODY_BYTES = 5 * 1024 * 1024;

  private static final Map<Integer, String> REASON_PHRASES =
      Map.ofEntries(
          Map.entry(300, "Multiple Choices"),
          Map.entry(301, "Moved Permanently"),
          Map.entry(302, "Found"),
          Map.entry(303, "See Other"),
          Map.entry(307, "Temporary Redirect"),
          Map.entry(308, "Permanent Redirect"),
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(406, "Not Acceptable"),
          Map.entry(408, "Request Timeout"),
          Map.entry(410, "Gone"),
          Map.entry(413, "Content Too Large"),
          Map.entry(422, "Unprocessable Content"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(502, "Bad Gateway"),
          Map.entry(503, "Service Unavailable"),
          Map.entry(504, "Gateway Timeout"));

  private final HttpClient client;
  private final Duration requestTimeout;
  private final int maxBodyBytes;
  private final Clock clock;

  ChannelHttp(
      HttpClient.Redirect redirects,
      Duration connectTimeout,
      Duration requestTimeout,
      int maxBodyBytes,
      Clock clock) {
    this.client =
        HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(redirects).build();
    this.requestTimeout = requestTimeout;
    this.maxBodyBytes = maxBodyBytes;
    this.clock = clock;
  }

  static ChannelHttp withDefaults(HttpClient.Redirect redirects) {
    return new ChannelHttp(
        redirects, CONNECT_TIMEOUT, REQUEST_TIMEOUT, MAX_BODY_BYTES, Clock.systemUTC());
  }

  Clock clock() {
    return clock;
  }

  /**
   * A request with Relay's User-Agent and timeout. Plain-http requests stay on HTTP/1.1: the h2c
   * upgrade the client would otherwise attempt is rarely supported and breaks request bodies.
   */
  HttpRequest.Builder newRequest(URI uri) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri).timeout(requestTimeout).header("User-Agent", USER_AGENT);
    if ("http".equalsIgnoreCase(uri.getScheme())) {
      builder.version(HttpClient.Version.HTTP_1_1);
    }
    return builder;
  }

  /**
   * Sends the request and reads the whole answer, whatever its status.
   *
   * @param subject how messages name the other side, e.g. "The feed at https://…"
   * @throws ChannelException when there is no answer in time, no connection, or too big an answer
   */
  Response send(HttpRequest request, String subject) throws ChannelException {
    CompletableFuture<HttpResponse<byte[]>> pending =
        client.sendAsync(request, info -> new CappedBody(maxBodyBytes, info.headers()));
    try {
      // The request timeout only covers the wait for the headers; this bounds the body too.
      HttpResponse<byte[]> response = pending.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
      return new Response(
          response.statusCode(), response.headers(), response.body(), response.uri());
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw notInTime(subject, e);
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      throw new ChannelException(
          Reason.UNREACHABLE, "Reading from " + origin(request.uri()) + " was interrupted.", e);
    } catch (ExecutionException e) {
      throw transportFailure(request.uri(), subject, e.getCause());
    }
  }

  private ChannelException transportFailure(URI uri, String subject, Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof BodyTooLargeException) {
        return new ChannelException(
            Reason.INVALID_CONTENT,
            subject
                + " sent more than "
                + megabytes(maxBodyBytes)
                + ", more than Relay reads from one answer.",
            failure);
      }
      if (cause instanceof HttpConnectTimeoutException) {
        return new ChannelException(
            Reason.UNREACHABLE,
            "Relay could not connect to "
                + origin(uri)
                + " within "
                + describe(CONNECT_TIMEOUT)
                + "; it will try again later.",
            failure);
      }
      if (cause instanceof HttpTimeoutException) {
        return notInTime(subject, failure);
      }
      if (cause instanceof SSLException) {
        return new ChannelException(
            Reason.UNREACHABLE,
            "The secure connection to " + origin(uri) + " failed (" + detail(cause) + ").",
            failure);
      }
    }
    String detail = failure instanceof ConnectException ? "connection refused" : detail(failure);
    return new ChannelException(
        Reason.UNREACHABLE,
        "Relay could not connect to "
            + origin(uri)
            + " ("
            + detail
            + "); check the address, or Relay will try again later.",
        failure);
  }

  private ChannelException notInTime(String subject, Throwable cause) {
    return new ChannelException(
        Reason.UNREACHABLE,
        subject
            + " did not answer within "
            + describe(requestTimeout)
            + "; Relay will try again later.",
        cause);
  }

  /**
   * When the source wants to be asked again, from {@code Retry-After} (seconds or an HTTP date).
   */
  Instant retryAfter(HttpHeaders headers) {
    Optional<String> value = headers.firstValue("Retry-After").map(String::trim);
    if (value.isEmpty()) {
      return null;
    }
    String text = value.get();
    if (text.matches("\\d{1,9}")) {
      return clock.instant().plusSeconds(Long.parseLong(text));
    }
    try {
      return DateTimeFormatter.RFC_1123_DATE_TIME.parse(text, Instant::from);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** "503 Service Unavailable": HTTP/2 answers carry no reason phrase, so Relay supplies one. */
  static String statusLine(int status) {
    String phrase = REASON_PHRASES.get(status);
    return phrase == null ? "HTTP status " + status : status + " " + phrase;
  }

  /** The scheme and authority of an address, how messages name a server. */
  static String origin(URI uri) {
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  static String megabytes(int bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
  }

  static String describe(Duration duration) {
    return duration.toMillis() % 1000 == 0
        ? duration.toSeconds() + " seconds"
        : duration.toMillis() + " milliseconds";
  }

  private static String detail(Throwable failure) {
    return failure.getMessage() == null || failure.getMessage().isBlank()
        ? failure.getClass().getSimpleName()
        : failure.getMessage();
  }

  /** A whole HTTP answer, its body already read. */
  record Response(int status, HttpHeaders headers, byte[] body, URI uri) {

    boolean isSuccess() {
      return status >= 200 && status < 300;
    }

    Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    /** The media type without parameters, lower case, or "" when the server did not say. */
    String mediaType() {
      return header("Content-Type").map(t -> t.split(";", 2)[0].trim().toLowerCase()).orElse("");
    }
  }

  /** Collects an answer's body but gives up, and drops the connection, beyond a size. */
  private static final class CappedBody implements BodySubscriber<byte[]> {

    private final int max;
    private final boolean declaredTooLarge;
    private final ByteArrayOutputStream collected = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBody(int max, HttpHeaders headers) {
      this.max = max;
      this.declaredTooLarge = headers.firstValueAsLong("Content-Length").orElse(-1) > max;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (declaredTooLarge) {
        subscription.cancel();
        result.completeExceptionally(new BodyTooLargeException());
      } else {
        subscription.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        if (collected.size() + (long) buffer.remaining() > max) {
          subscription.cancel();
          result.completeExceptionally(new BodyTooLargeException());
          return;
        }
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        collected.writeBytes(bytes);
      }
    }

    @Override
    public void onError(Throwable throwable) {
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      result.complete(collected.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }
  }

  private static final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
  }
}
