package org.relay.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The requests and answers of the fake sources, apart from the JDK server that carries them, so
 * that each source reads like the API it imitates.
 */
final class SourceHttp {

  static final ObjectMapper JSON = new ObjectMapper();

  private SourceHttp() {}

  /**
   * A request as a source sees it.
   *
   * @param headers header names in lower case
   */
  record Request(
      String method,
      String path,
      Map<String, List<String>> query,
      Map<String, List<String>> headers,
      byte[] body) {

    Optional<String> param(String name) {
      return query.getOrDefault(name, List.of()).stream().findFirst();
    }

    List<String> params(String name) {
      return query.getOrDefault(name, List.of());
    }

    Optional<String> header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst();
    }

    String mediaType() {
      return header("Content-Type")
          .map(type -> type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
          .orElse("");
    }

    /** The fields of a form or of a JSON object body, the way Mastodon accepts either. */
    Map<String, String> fields() throws IOException {
      Map<String, String> fields = new LinkedHashMap<>();
      if (mediaType().equals("application/json")) {
        JsonNode object = JSON.readTree(body);
        if (object != null && object.isObject()) {
          for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (field.getValue().isValueNode() && !field.getValue().isNull()) {
              fields.put(field.getKey(), field.getValue().asText());
            }
          }
        }
      } else {
        parseQuery(new String(body, StandardCharsets.UTF_8))
            .forEach((name, values) -> fields.put(name, values.get(0)));
      }
      return fields;
    }
  }

  /** An answer: status, content type, extra headers and body. */
  record Answer(int status, String contentType, Map<String, String> headers, byte[] body) {

    static Answer json(int status, JsonNode body, Map<String, String> headers) {
      return new Answer(
          status,
          "application/json; charset=utf-8",
          headers,
          body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Mastodon explains a refusal in {@code {"error": "..."}}. */
    static Answer error(int status, String message, Map<String, String> headers) {
      return json(status, JSON.createObjectNode().put("error", message), headers);
    }

    static Answer html(int status, String page) {
      return new Answer(
          status, "text/html; charset=utf-8", Map.of(), page.getBytes(StandardCharsets.UTF_8));
    }

    static Answer text(int status, String text) {
      return new Answer(
          status, "text/plain; charset=utf-8", Map.of(), text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A query string or form body as names with their values, in order ({@code types[]} repeats). */
  static Map<String, List<String>> parseQuery(String raw) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return values;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return values;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  /** Text made safe to put into HTML or XML, in content and in quoted attributes alike. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
