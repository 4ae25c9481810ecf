package org.relay.guidelines;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

  @Test
  void shouldRenderFormattingListsAndSafeLinks() {
    String html =
        Markdown.toSafeHtml("Say **who** you are:\n\n- *always*\n- [why](https://relay.example/x)");

    assertThat(html)
        .contains("<strong>who</strong>")
        .contains("<li><em>always</em></li>")
        .contains("<a href=\"https://relay.example/x\" rel=\"nofollow\">why</a>");
  }

  @Test
  void shouldNeverLetScriptsHandlersOrJavascriptLinksThrough() {
    String html =
        Markdown.toSafeHtml(
            "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))"
                + " <a href=\"javascript:alert(2)\">y</a> <iframe src=//evil></iframe>");

    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<iframe")
        .doesNotContain("<a ")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }
}
