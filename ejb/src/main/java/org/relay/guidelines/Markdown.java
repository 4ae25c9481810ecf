package org.relay.guidelines;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Markdown to HTML that is safe to show: rendered by commonmark with raw HTML escaped, then cleaned
 * by jsoup's allow-list (text formatting, lists, quotes, headings, and links to http, https and
 * mailto only, marked {@code rel="nofollow"}).
 */
final class Markdown {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private static final Safelist SAFE =
      Safelist.basic().addTags("h3", "h4", "h5", "h6").removeProtocols("a", "href", "ftp");

  private Markdown() {}

  static String toSafeHtml(String markdown) {
    String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
    return Jsoup.clean(html, SAFE);
  }
}
