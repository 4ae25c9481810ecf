package org.relay.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Module content is written by HR but rendered through an allow-list all the same. */
class MarkdownTest {

  @Test
  void shouldRenderHeadingsListsEmphasisAndTables() {
    String html =
        Markdown.toSafeHtml(
            "# Disclosure\n\nSay **who you are**:\n\n- your name\n- your team\n\n"
                + "| Do | Don't |\n|---|---|\n| disclose | hide |\n");

    assertThat(html)
        .contains("<h1>Disclosure</h1>", "<strong>who you are</strong>", "<li>your name</li>")
        .contains("<table>", "<td>disclose</td>");
  }

  @Test
  void shouldNeverLetScriptsOrEventHandlersThrough() {
    String html =
        Markdown.toSafeHtml(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
                + "[click](javascript:alert(3)) <a href=\"#\" onclick=\"alert(4)\">x</a>");

    Document page = Jsoup.parseBodyFragment(html);
    assertThat(page.select("script, img, iframe")).isEmpty();
    assertThat(page.getAllElements())
        .allSatisfy(
            element ->
                assertThat(element.attributes().asList())
                    .noneMatch(
                        a -> a.getKey().startsWith("on") || a.getValue().contains("javascript")));
    assertThat(page.text()).as("raw HTML is shown as text").contains("<script>alert(1)</script>");
  }

  @Test
  void shouldOpenLinksInANewTabWithoutHandingOverThePage() {
    String html = Markdown.toSafeHtml("[policy](https://example.org/policy)");

    assertThat(html)
        .contains("href=\"https://example.org/policy\"")
        .contains("rel=\"noopener noreferrer nofollow\"")
        .contains("target=\"_blank\"");
  }

  @Test
  void shouldRenderNothingForNoContent() {
    assertThat(Markdown.toSafeHtml(null)).isEmpty();
    assertThat(Markdown.toSafeHtml("  ")).isEmpty();
  }
}
