package org.relay.demo;

import static org.relay.demo.SourceHttp.escape;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.relay.demo.FakeForum.Entry;
import org.relay.demo.FakeMastodon.Conversation;
import org.relay.demo.FakeMastodon.Status;

/**
 * The pages a person opens to watch the fake social web: recent statuses with the replies Relay
 * posted in their threads, and the forum's latest posts. Everything shown is text, escaped, never
 * markup taken from a post or a reply.
 */
final class SocialWebPage {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final String baseUrl;
  private final Clock clock;

  SocialWebPage(String baseUrl, Clock clock) {
    this.baseUrl = baseUrl;
    this.clock = clock;
  }

  String home(List<Conversation> threads, List<Entry> forum, FakeForum forumSource) {
    StringBuilder body = new StringBuilder();
    body.append("<p class=\"lead\">The demo's stand-in for the internet. Relay polls the forum's")
        .append(" RSS feed and the company account <b>@")
        .append(FakeMastodon.COMPANY)
        .append("</b> on this Mastodon instance; replies published from Relay show up below in")
        .append(
            " their threads. To add a channel yourself (Admin → Channels), use the instance <code>")
        .append(escape(baseUrl))
        .append("</code> with the access token <code>")
        .append(FakeMastodon.TOKEN)
        .append("</code>, or the feed <code>")
        .append(escape(baseUrl + FakeForum.FEED_PATH))
        .append("</code>. This page refreshes itself every 15 seconds.</p>\n")
        .append("<div class=\"columns\">\n<section>\n<h2>Mastodon</h2>\n");
    threads.forEach(thread -> appendThread(body, thread));
    body.append("</section>\n<section>\n<h2>Relay Community Forum</h2>\n");
    forum.forEach(entry -> appendForumPost(body, entry, forumSource.linkOf(entry)));
    body.append("</section>\n</div>\n");
    return page("Fake social web", body.toString(), true);
  }

  String conversation(Conversation thread) {
    StringBuilder body = new StringBuilder();
    appendThread(body, thread);
    return page("A thread on the fake Mastodon", body.toString(), true);
  }

  String forumPost(Entry entry, String link) {
    StringBuilder body = new StringBuilder();
    appendForumPost(body, entry, link);
    return page(entry.post().title(), body.toString(), false);
  }

  String notFound(String what) {
    return page("Not found", "<p>" + escape(what) + "</p>", false);
  }

  private void appendThread(StringBuilder out, Conversation thread) {
    out.append("<article class=\"thread\" id=\"thread-")
        .append(thread.status().id())
        .append("\">\n");
    appendStatus(out, thread.status(), false);
    for (Status reply : thread.replies()) {
      appendStatus(out, reply, true);
    }
    out.append("</article>\n");
  }

  private void appendStatus(StringBuilder out, Status status, boolean reply) {
    out.append("<div class=\"")
        .append(reply ? "status reply" : "status")
        .append("\" id=\"status-")
        .append(status.id())
        .append("\"><div class=\"meta\"><b>")
        .append(escape(status.account().name()))
        .append("</b> @")
        .append(escape(status.account().acct()))
        .append(" · ")
        .append(String.format("%,d", status.account().followers()))
        .append(" followers · <a href=\"")
        .append(escape(baseUrl + "/@" + status.account().acct() + "/" + status.id()))
        .append("\">")
        .append(TIME.format(status.createdAt()))
        .append("</a>")
        .append(reply ? " · reply" : "")
        .append("</div>");
    if (!status.spoiler().isEmpty()) {
      out.append("<div class=\"spoiler\">CW: ").append(escape(status.spoiler())).append("</div>");
    }
    out.append("<div class=\"text\">").append(escape(status.text())).append("</div></div>\n");
  }

  private static void appendForumPost(StringBuilder out, Entry entry, String link) {
    out.append("<article class=\"forum\" id=\"forum-")
        .append(entry.slot())
        .append("\"><div class=\"meta\"><b>")
        .append(escape(entry.post().author()))
        .append("</b> · <a href=\"")
        .append(escape(link))
        .append("\">")
        .append(TIME.format(entry.publishedAt()))
        .append("</a></div><h3>")
        .append(escape(entry.post().title()))
        .append("</h3><div class=\"text\">")
        .append(escape(textOf(entry.post().html())))
        .append("</div></article>\n");
  }

  /**
   * A post's HTML as the text a reader sees, a line per paragraph or list item, to be escaped like
   * any other text.
   */
  private static String textOf(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    List<String> blocks = new ArrayList<>();
    for (Element block : body.select("p, li, pre")) {
      blocks.add((block.tagName().equals("li") ? "• " : "") + block.text());
    }
    return blocks.isEmpty() ? body.text() : String.join("\n", blocks);
  }

  private String page(String title, String body, boolean refresh) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + (refresh ? "<meta http-equiv=\"refresh\" content=\"15\">" : "")
        + "<title>"
        + escape(title)
        + "</title><style>"
        + "body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:1rem;"
        + "color:#1f2430}h1{margin:.2rem 0}.lead{color:#555}.columns{display:grid;"
        + "grid-template-columns:1fr 1fr;gap:1.5rem}article{border:1px solid #ddd;"
        + "border-radius:8px;padding:.6rem .8rem;margin:.6rem 0;background:#fff}"
        + ".meta{color:#666;font-size:13px}.reply{margin:.5rem 0 0 1.5rem;padding-left:.7rem;"
        + "border-left:3px solid #6364ff}.spoiler{font-weight:600;color:#a33}"
        + ".text{white-space:pre-wrap}h3{margin:.2rem 0;font-size:15px}code{background:#eef;"
        + "padding:0 .2rem}body{background:#f6f6fa}</style></head><body>\n<h1>"
        + escape(title)
        + "</h1>\n"
        + body
        + "<p class=\"meta\">Updated "
        + TIME.format(clock.instant())
        + "</p></body></html>\n";
  }
}
