package org.relay.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The policy and training modules are written in Relay, but rendered through an allow-list. */
class MarkdownTest {

  @Test
  void shouldRenderHeadingsListsEmphasisAndTables() {
    String html =
        Markdown.toSafeHtml(
            "# Disclosure\n\n## Why\n\nSay **who you are**:\n\n- *always*\n- your team\n\n"
                + "| Do | Don't |\n|---|---|\n| disclose | hide |\n");

    assertThat(html)
        .contains("<h1>Disclosure</h1>", "<h2>Why</h2>", "<strong>who you are</strong>")
        .contains("<li><em>always</em></li>", "<table>", "<td>disclose</td>");
  }

  @Test
  void shouldNeverLetScriptsEventHandlersOrJavascriptLinksThrough() {
    String html =
        Markdown.toSafeHtml(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
                + "[click](javascript:alert(3)) <a href=\"#\" onclick=\"alert(4)\">x</a>"
                + " <iframe src=//evil></iframe>");

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
  void shouldOpenLinksElsewhereInANewTabWithoutHandingOverThePage() {
    String html = Markdown.toSafeHtml("[policy](https://example.org/policy)");

    assertThat(html)
        .contains("href=\"https://example.org/policy\"")
        .contains("rel=\"noopener noreferrer nofollow\"")
        .contains("target=\"_blank\"");
  }

  @Test
  void shouldKeepLinksToASectionOfThePageInThePage() {
    String html = Markdown.toSafeHtml("See [privacy](#privacy).");

    assertThat(html).contains("<a href=\"#privacy\">privacy</a>").doesNotContain("_blank");
  }

  @Test
  void shouldShowNoImagesNeitherRelativeNorOutside() {
    String html =
        Markdown.toSafeHtml("![out](/relay/sign-out) ![track](https://tracker.example/p.gif)");

    assertThat(Jsoup.parseBodyFragment(html).select("img")).isEmpty();
  }

  @Test
  void shouldRenderNothingForNoContent() {
    assertThat(Markdown.toSafeHtml(null)).isEmpty();
    assertThat(Markdown.toSafeHtml("  ")).isEmpty();
  }
}
