package org.relay.listening.channels;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns what sources send into the plain text a {@link RawPost} carries: HTML read by jsoup (which
 * never fetches anything), scripts and styles dropped, entities decoded, paragraphs and line breaks
 * kept, whitespace tidied and the length capped.
 */
final class PlainText {

  /** The longest text a connector hands on; longer texts are cut and end with an ellipsis. */
  static final int MAX_CHARS = 10_000;

  private static final Set<String> PARAGRAPHS =
      Set.of(
          "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "table", "hr");
  private static final Set<String> LINES =
      Set.of(
          "div",
          "li",
          "tr",
          "dt",
          "dd",
          "section",
          "article",
          "header",
          "footer",
          "figure",
          "figcaption");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2007\\u202F\\f]+");
  private static final Pattern SPACE_AROUND_BREAK = Pattern.compile(" *\n *");
  private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
  private static final Pattern TWO_LETTERS = Pattern.compile("[A-Za-z]{2}");

  private PlainText() {}

  /** Plain text from an HTML fragment; {@code null} and blank give "". */
  static String fromHtml(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    Element body = Jsoup.parseBodyFragment(html).body();
    body.select("script, style, noscript, template, iframe, object, embed, svg, math").remove();
    StringBuilder text = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
              text.append(WHITESPACE.matcher(textNode.getWholeText()).replaceAll(" "));
            } else if (node instanceof Element element && element.normalName().equals("br")) {
              text.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element element) {
              if (PARAGRAPHS.contains(element.normalName())) {
                text.append("\n\n");
              } else if (LINES.contains(element.normalName())) {
                text.append('\n');
              }
            }
          }
        },
        body);
    return tidy(text.toString());
  }

  /**
   * Plain text as it came, with line endings unified, runs of spaces collapsed and no more than one
   * blank line in a row.
   */
  static String tidy(String text) {
    if (text == null) {
      return "";
    }
    String unified = text.replace("\r\n", "\n").replace('\r', '\n');
    String spaced = SPACES.matcher(unified).replaceAll(" ");
    String lines = SPACE_AROUND_BREAK.matcher(spaced).replaceAll("\n");
    return BLANK_LINES.matcher(lines).replaceAll("\n\n").strip();
  }

  /** Title and body as one text, a blank line between them, capped. */
  static String titled(String title, String body) {
    String cleanTitle = tidy(title);
    if (cleanTitle.isEmpty()) {
      return cap(body);
    }
    return body.isEmpty() ? cap(cleanTitle) : cap(cleanTitle + "\n\n" + body);
  }

  /** The text cut to {@link #MAX_CHARS}, never inside a surrogate pair, ending with "…". */
  static String cap(String text) {
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int end = MAX_CHARS - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  /**
   * The ISO 639-1 code of a language tag ("en-US" → "en"), or {@code null}. A tag whose primary
   * subtag is not two letters ("eng", "kab") gives {@code null} rather than a wrong code.
   */
  static String languageCode(String tag) {
    if (tag == null) {
      return null;
    }
    String primary = tag.strip().split("[-_]", 2)[0];
    return TWO_LETTERS.matcher(primary).matches() ? primary.toLowerCase(Locale.ROOT) : null;
  }

  /** The address if it is absolute http or https, else {@code null}. */
  static String webAddress(String address) {
    if (address == null || address.isBlank()) {
      return null;
    }
    try {
      URI uri = URI.create(address.strip());
      String scheme = uri.getScheme();
      boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
      return web && uri.getHost() != null ? uri.toString() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
