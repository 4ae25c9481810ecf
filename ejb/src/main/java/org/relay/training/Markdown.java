package org.relay.training;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Module content from Markdown to HTML that is safe to put in a page: CommonMark (with GFM tables)
 * renders it with raw HTML escaped and unsafe link schemes dropped, then jsoup keeps only an
 * allow-list of elements and attributes (headings, lists, emphasis, tables, code, quotes, http(s)
 * and mailto links, http(s) images). Links open in a new tab without handing over the page.
 */
public final class Markdown {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();
  private static final Safelist ALLOWED =
      Safelist.relaxed()
          .removeProtocols("a", "href", "ftp")
          .addTags("hr", "del", "s")
          .preserveRelativeLinks(false);

  private Markdown() {}

  /** Safe HTML for the Markdown text (empty for none). */
  public static String toSafeHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    String rendered = RENDERER.render(PARSER.parse(markdown));
    Document document = Jsoup.parseBodyFragment(Jsoup.clean(rendered, ALLOWED));
    document.select("a[href]").attr("rel", "noopener noreferrer nofollow").attr("target", "_blank");
    document.outputSettings().prettyPrint(false);
    return document.body().html();
  }
}
