package org.relay.web;

import jakarta.json.JsonObject;

/**
 * A chart's configuration as JSON that is safe inside the page's {@code <script>}: {@code p:chart}
 * writes it into the script as it is, and JSON-P escapes quotes but not {@code <}, so a department
 * or module titled {@code </script><script>…} would end the script and start its own. Here {@code
 * <}, {@code >} and {@code &} (and the two line separators JavaScript once refused in strings) are
 * written as Unicode escapes, which mean the same text to the chart.
 */
public final class ChartJson {

  private ChartJson() {}

  public static String of(JsonObject config) {
    String json = config.toString();
    StringBuilder safe = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> safe.append("\\u003c");
        case '>' -> safe.append("\\u003e");
        case '&' -> safe.append("\\u0026");
        case '\u2028' -> safe.append("\\u2028");
        case '\u2029' -> safe.append("\\u2029");
        default -> safe.append(c);
      }
    }
    return safe.toString();
  }
}
