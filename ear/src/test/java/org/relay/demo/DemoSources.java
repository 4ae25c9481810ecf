package org.relay.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relay.demo.SourceHttp.Answer;
import org.relay.demo.SourceHttp.Request;

/**
 * A small local "social web" for the demo, since the demo machine has no internet: the user forum
 * of the demo company as an RSS feed ({@link FakeForum}), a Mastodon instance with the company's
 * account ({@link FakeMastodon}), and a page at {@code /} to watch both, with the replies Relay
 * posts. New posts appear as time passes, on the {@link Clock} it is given. Bound to 127.0.0.1
 * only; {@link #close()} stops it.
 */
final class DemoSources implements AutoCloseable {

  /** Where the demo runs it, plus the demo's port offset. */
  static final int PORT = 8280;

  static final String MASTODON_TOKEN = FakeMastodon.TOKEN;

  /** Conversations on the home page: the latest statuses and the threads replied to last. */
  private static final int SHOWN_CONVERSATIONS = 40;

  private static final Logger LOG = Logger.getLogger(DemoSources.class.getName());
  private static final Pattern STATUS_PAGE = Pattern.compile("/@[^/]+/(\\d+)");
  private static final Pattern FORUM_POST_PAGE =
      Pattern.compile(Pattern.quote(FakeForum.POST_PATH) + "(\\d+)");

  private final HttpServer server;
  private final ExecutorService workers;
  private final String baseUrl;
  private final FakeForum forum;
  private final FakeMastodon mastodon;
  private final SocialWebPage pages;

  private DemoSources(HttpServer server, ExecutorService workers, Clock clock) {
    this.server = server;
    this.workers = workers;
    this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    this.forum = new FakeForum(clock, baseUrl);
    this.mastodon = new FakeMastodon(clock, baseUrl);
    this.pages = new SocialWebPage(baseUrl, clock);
  }

  /**
   * Starts the sources on 127.0.0.1.
   *
   * @param port the port, or 0 for any free one
   */
  static DemoSources start(int port, Clock clock) throws IOException {
    // The JDK server writes headers and body apart; with Nagle's algorithm on, each answer then
    // waits for the client's delayed ACK (about 40 ms).
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
    ExecutorService workers =
        Executors.newFixedThreadPool(
            4,
            task -> {
              Thread thread = new Thread(task, "demo-sources");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(workers);
    DemoSources sources = new DemoSources(server, workers, clock);
    server.createContext("/", sources::serve);
    server.start();
    return sources;
  }

  /** The fake social web's address, which is also the Mastodon instance's. */
  String baseUrl() {
    return baseUrl;
  }

  String feedUrl() {
    return baseUrl + FakeForum.FEED_PATH;
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      Answer answer;
      try {
        answer = route(request(exchange));
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, "The demo sources failed on " + exchange.getRequestURI(), e);
        answer = Answer.text(500, "The demo sources failed: " + e);
      }
      send(exchange, answer);
    }
  }

  private Answer route(Request request) throws IOException {
    String path = request.path();
    if (path.startsWith("/api/")) {
      return mastodon.handle(request);
    }
    if (path.equals(FakeForum.FEED_PATH)) {
      return forum.feed(request);
    }
    if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
      return Answer.text(405, "Pages are read with GET.");
    }
    if (path.equals("/")) {
      List<FakeMastodon.Conversation> recent =
          mastodon.conversations().stream().limit(SHOWN_CONVERSATIONS).toList();
      return Answer.html(200, pages.home(recent, forum.latest(), forum));
    }
    Matcher status = STATUS_PAGE.matcher(path);
    if (status.matches()) {
      return mastodon
          .find(status.group(1))
          .filter(FakeMastodon.Status::isPublic)
          .map(found -> Answer.html(200, pages.conversation(mastodon.conversationOf(found))))
          .orElseGet(() -> Answer.html(404, pages.notFound("No such status.")));
    }
    Matcher post = FORUM_POST_PAGE.matcher(path);
    if (post.matches()) {
      return forum
          .published(Long.parseLong(post.group(1)))
          .map(entry -> Answer.html(200, pages.forumPost(entry, forum.linkOf(entry))))
          .orElseGet(() -> Answer.html(404, pages.notFound("No such forum post.")));
    }
    return Answer.html(404, pages.notFound("Nothing here: try " + baseUrl + "/"));
  }

  private static Request request(HttpExchange exchange) throws IOException {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
    return new Request(
        exchange.getRequestMethod().toUpperCase(Locale.ROOT),
        exchange.getRequestURI().getRawPath(),
        SourceHttp.parseQuery(exchange.getRequestURI().getRawQuery()),
        headers,
        exchange.getRequestBody().readNBytes(64 * 1024));
  }

  private static void send(HttpExchange exchange, Answer answer) throws IOException {
    if (answer.contentType() != null) {
      exchange.getResponseHeaders().set("Content-Type", answer.contentType());
    }
    answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    boolean noBody = answer.status() == 304 || exchange.getRequestMethod().equalsIgnoreCase("HEAD");
    // The JDK server reads 0 as "chunked", -1 as "no body".
    exchange.sendResponseHeaders(
        answer.status(), noBody || answer.body().length == 0 ? -1 : answer.body().length);
    if (!noBody && answer.body().length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer.body());
      }
    }
  }
}
