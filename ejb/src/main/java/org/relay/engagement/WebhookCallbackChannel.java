package org.relay.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Replies to mentions that arrived through the webhook go back as a POST to the callback URL
 * configured for that channel ({@code relay.webhook.callback-url}, from
 * RELAY_WEBHOOK_CALLBACK_URL), with an {@code Idempotency-Key} header so that the receiver can
 * ignore a retried delivery.
 */
@ApplicationScoped
public class WebhookCallbackChannel implements ReplyChannel {

  static final String CALLBACK_URL = "relay.webhook.callback-url";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Override
  public String name() {
    return "webhook";
  }

  @Override
  public boolean publishes(String mentionChannel) {
    return "webhook".equals(mentionChannel) && callbackUrl().isPresent();
  }

  @Override
  public String publish(OutgoingReply reply) {
    String body =
        Json.createObjectBuilder()
            .add("mentionId", reply.mentionId())
            .add("externalId", reply.mentionExternalId())
            .add("inReplyTo", reply.mentionUrl() == null ? "" : reply.mentionUrl())
            .add("author", reply.author())
            .add("text", reply.text())
            .build()
            .toString();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(callbackUrl().orElseThrow()))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", reply.idempotencyKey())
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            "The webhook callback answered " + response.statusCode() + ": " + response.body());
      }
      return response
          .headers()
          .firstValue("Location")
          .filter(location -> location.startsWith("https://") || location.startsWith("http://"))
          .orElse(null);
    } catch (IOException e) {
      throw new IllegalStateException(
          "The webhook callback could not be reached: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while calling the webhook callback", e);
    }
  }

  private static Optional<String> callbackUrl() {
    String url = System.getProperty(CALLBACK_URL);
    return url == null || url.isBlank() ? Optional.empty() : Optional.of(url);
  }
}
