package org.relay.shared;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Markdown written in Relay (the guidelines' policy, training modules) as HTML that is safe to put
 * in a page: CommonMark with GFM tables renders it with raw HTML escaped and unsafe link schemes
 * dropped, then jsoup keeps only an allow-list of elements and attributes (headings, lists,
 * emphasis, tables, code, quotes, http(s) and mailto links). Links within the page ({@code
 * #privacy}) stay; links elsewhere open in a new tab, marked {@code nofollow}, without handing the
 * page over. No images: a relative one would make every reader's browser call Relay (an image of
 * the sign-out address signs them out), an outside one would tell its author who read the page.
 */
public final class Markdown {

  /** Only resolves relative links for jsoup's protocol check; never appears in the output. */
  private static final String BASE = "https://relay.invalid/";

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();
  private static final Safelist ALLOWED =
      Safelist.relaxed()
          .removeProtocols("a", "href", "ftp")
          .removeTags("img")
          .addTags("hr", "del", "s")
          .preserveRelativeLinks(true);

  private Markdown() {}

  /** Safe HTML for the Markdown text (empty for none). */
  public static String toSafeHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    String rendered = RENDERER.render(PARSER.parse(markdown));
    Document document = Jsoup.parseBodyFragment(Jsoup.clean(rendered, BASE, ALLOWED));
    for (Element link : document.select("a[href]")) {
      if (!link.attr("href").startsWith("#")) {
        link.attr("rel", "noopener noreferrer nofollow").attr("target", "_blank");
      }
    }
    document.outputSettings().prettyPrint(false);
    return document.body().html();
  }
}
