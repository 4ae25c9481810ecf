package org.relay.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Talks to Relay's API as a real client would: tokens from Keycloak (a demo user's password, or the
 * ingest client's credentials), then plain HTTP with JSON.
 */
public final class RelayClient {

  public static final String DEMO_PASSWORD = "relay";
  public static final String INGEST_CLIENT = "relay-ingest";
  public static final String INGEST_SECRET = "relay-ingest-demo-secret";
  public static final String PORTAL_CLIENT = "relay-portal";
  public static final String PORTAL_SECRET = "relay-portal-demo-secret";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final String relayUrl;
  private final String realmUrl;

  public RelayClient(String relayUrl, String realmUrl) {
    this.relayUrl = relayUrl;
    this.realmUrl = realmUrl;
  }

  /** An access token of a demo user (password grant through the portal client). */
  public String userToken(String username) {
    return token(
        Map.of(
            "grant_type", "password",
            "client_id", PORTAL_CLIENT,
            "client_secret", PORTAL_SECRET,
            "username", username,
            "password", DEMO_PASSWORD,
            "scope", "openid"));
  }

  /** An access token of the demo channel client (role ingest). */
  public String ingestToken() {
    return clientToken(INGEST_CLIENT, INGEST_SECRET);
  }

  /** An access token of a machine client (client-credentials grant). */
  public String clientToken(String clientId, String secret) {
    return token(
        Map.of(
            "grant_type", "client_credentials",
            "client_id", clientId,
            "client_secret", secret));
  }

  /**
   * Makes sure a webhook channel with this code exists (tests deliver on behalf of several
   * sources); created by the demo administrator, left alone when it exists.
   */
  public void ensureWebhookChannel(String code) {
    Response created =
        post(
            "/api/channels",
            userToken("ada"),
            "{\"code\":\"%s\",\"type\":\"WEBHOOK\",\"name\":\"%s (test bridge)\",\"enabled\":true,\"pollSeconds\":300}"
                .formatted(code, code));
    if (created.status() != 201 && created.status() != 409) {
      throw new IllegalStateException("Could not create the channel " + code + ": " + created);
    }
  }

  /**
   * Makes sure the confidentiality rule knows these terms (the NDA project names and customers the
   * tests and the demo use), keeping any others; done as the demo administrator. Returns the rule's
   * settings before, for a test to {@link #restoreRule restore} when it is done.
   */
  public String ensureConfidentialTerms(String... terms) {
    String admin = userToken("ada");
    String before = ruleSettings("confidentiality");
    Response rule = get("/api/guidelines/rules/confidentiality", admin);
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
    rule.json().get("values").get("terms").forEach(term -> all.add(term.asText()));
    if (all.containsAll(java.util.List.of(terms))) {
      return before;
    }
    all.addAll(java.util.List.of(terms));
    com.fasterxml.jackson.databind.node.ObjectNode body = JSON.createObjectNode();
    com.fasterxml.jackson.databind.node.ArrayNode list =
        body.putObject("parameters").putArray("terms");
    all.forEach(list::add);
    Response saved = put("/api/guidelines/rules/confidentiality", admin, body.toString());
    if (saved.status() != 200) {
      throw new IllegalStateException("Could not set the confidential terms: " + saved);
    }
    return before;
  }

  /**
   * A guideline rule's settings as an administrator reads them, in the form {@link #restoreRule}
   * puts back: {@code {"enabled": …, "parameters": {…}}}.
   */
  public String ruleSettings(String ruleId) {
    Response rule = get("/api/guidelines/rules/" + ruleId, userToken("ada"));
    if (rule.status() != 200) {
      throw new IllegalStateException("Could not read the rule " + ruleId + ": " + rule);
    }
    com.fasterxml.jackson.databind.node.ObjectNode settings = JSON.createObjectNode();
    settings.put("enabled", rule.json().get("enabled").asBoolean());
    settings.set("parameters", rule.json().get("values"));
    return settings.toString();
  }

  /** Puts a rule's settings back as {@link #ruleSettings} read them, so no test leaves a change. */
  public void restoreRule(String ruleId, String settings) {
    Response restored = put("/api/guidelines/rules/" + ruleId, userToken("ada"), settings);
    if (restored.status() != 200) {
      throw new IllegalStateException("Could not restore the rule " + ruleId + ": " + restored);
    }
  }

  /** GET of a full URL without a token (documents served outside the application). */
  public Response getAbsolute(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET());
  }

  public Response get(String path, String token) {
    return send(request(path, token).GET());
  }

  /** GET asking for another media type than JSON (e.g. text/csv). */
  public Response get(String path, String token, String accept) {
    return send(request(path, token).setHeader("Accept", accept).GET());
  }

  public Response post(String path, String token, String json) {
    return withJson("POST", path, token, json);
  }

  /** POST with a conditional header, such as {@code If-Match}. */
  public Response post(String path, String token, String json, String header, String value) {
    return withJson("POST", path, token, json, header, value);
  }

  public Response put(String path, String token, String json) {
    return withJson("PUT", path, token, json);
  }

  /** PUT with a conditional header, such as {@code If-Match}. */
  public Response put(String path, String token, String json, String header, String value) {
    return withJson("PUT", path, token, json, header, value);
  }

  public Response delete(String path, String token) {
    return send(request(path, token).DELETE());
  }

  /** A request with a JSON body, and the extra headers given as name, value, name, value. */
  private Response withJson(
      String method, String path, String token, String json, String... headers) {
    HttpRequest.Builder builder = request(path, token).header("Content-Type", "application/json");
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return send(builder.method(method, HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(relayUrl + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private String token(Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    Response response =
        send(
            HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    if (response.status() != 200) {
      throw new IllegalStateException("No token from Keycloak: " + response);
    }
    return response.json().get("access_token").asText();
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Location").orElse(null),
          response.headers().firstValue("ETag").orElse(null),
          response.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Status, content type, location, entity tag and body of an answer. */
  public record Response(
      int status, String contentType, String location, String etag, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("Not JSON: " + body, e);
      }
    }
  }
}
