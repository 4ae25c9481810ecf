import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Ingestion load benchmark for Relay: K closed-loop clients post synthetic mentions to {@code POST
 * /api/mentions} (one per request, or in batches where the server accepts a JSON array) and report
 * the sustained rate, the ingest latency (POST to 201), and, on a sample, the time until the
 * mention's reply task is open (routed) as an employee sees it in {@code GET /api/mentions/{id}}.
 *
 * <p>A single file with JDK classes only: {@code java bench/IngestLoad.java --help}. It measures; it
 * asserts nothing. See {@code bench/run.sh} for the whole reproducible run and {@code
 * docs/benchmarks.md} for results.
 */
public final class IngestLoad {

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    if (options == null) {
      return;
    }
    System.exit(new IngestLoad(options).run());
  }

  // ---------------------------------------------------------------------------------------------
  // Options

  /** Command-line options; every one has a default that fits bench/run.sh. */
  record Options(
      String relayUrl,
      String realmUrl,
      String clientId,
      String clientSecret,
      int clients,
      Duration duration,
      long count,
      Duration warmup,
      int batch,
      double rate,
      int probeEvery,
      int probeThreads,
      Duration probeTimeout,
      String probeUser,
      String probePassword,
      String probeClient,
      String probeSecret,
      Duration requestTimeout,
      long wildflyPid,
      long postgresPid,
      String postgresDb,
      long keycloakPid,
      String runId,
      Path jsonOut,
      Path markdownOut,
      long seed) {

    static Options parse(String[] args) {
      Map<String, String> given = new LinkedHashMap<>();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (arg.equals("--help") || arg.equals("-h")) {
          System.out.println(HELP);
          return null;
        }
        if (!arg.startsWith("--")) {
          throw new IllegalArgumentException("Unexpected argument " + arg + "; see --help");
        }
        String key = arg.substring(2);
        String value;
        int eq = key.indexOf('=');
        if (eq >= 0) {
          value = key.substring(eq + 1);
          key = key.substring(0, eq);
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          throw new IllegalArgumentException("Option --" + key + " needs a value");
        }
        given.put(key, value);
      }
      Options options =
          new Options(
              given.getOrDefault("relay", "http://127.0.0.1:8380/relay"),
              given.getOrDefault("realm", "http://127.0.0.1:8480/realms/relay"),
              given.getOrDefault("client-id", "relay-ingest"),
              given.getOrDefault("client-secret", "relay-ingest-demo-secret"),
              Integer.parseInt(given.getOrDefault("clients", "16")),
              duration(given.getOrDefault("duration", "2m")),
              Long.parseLong(given.getOrDefault("count", "0")),
              duration(given.getOrDefault("warmup", "30s")),
              Integer.parseInt(given.getOrDefault("batch", "1")),
              Double.parseDouble(given.getOrDefault("rate", "0")),
              Integer.parseInt(given.getOrDefault("probe-every", "100")),
              Integer.parseInt(given.getOrDefault("probe-threads", "4")),
              duration(given.getOrDefault("probe-timeout", "5m")),
              given.getOrDefault("probe-user", "alice"),
              given.getOrDefault("probe-password", "relay"),
              given.getOrDefault("probe-client", "relay-portal"),
              given.getOrDefault("probe-secret", "relay-portal-demo-secret"),
              duration(given.getOrDefault("request-timeout", "60s")),
              Long.parseLong(given.getOrDefault("wildfly-pid", "0")),
              Long.parseLong(given.getOrDefault("postgres-pid", "0")),
              given.getOrDefault("postgres-db", "relay_bench"),
              Long.parseLong(given.getOrDefault("keycloak-pid", "0")),
              given.getOrDefault("run-id", "bench-" + Instant.now().getEpochSecond()),
              given.containsKey("json") ? Path.of(given.get("json")) : null,
              given.containsKey("markdown") ? Path.of(given.get("markdown")) : null,
              Long.parseLong(given.getOrDefault("seed", "42")));
      if (options.clients < 1 || options.batch < 1 || options.batch > 1000) {
        throw new IllegalArgumentException("--clients must be >= 1 and --batch 1..1000");
      }
      return options;
    }

    static Duration duration(String text) {
      String t = text.trim().toLowerCase(Locale.ROOT);
      if (t.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      }
      long n = Long.parseLong(t.replaceAll("[smh]$", ""));
      return switch (t.charAt(t.length() - 1)) {
        case 'h' -> Duration.ofHours(n);
        case 'm' -> Duration.ofMinutes(n);
        default -> Duration.ofSeconds(n);
      };
    }

    static final String HELP =
        """
        java bench/IngestLoad.java [options]
          --relay URL            Relay base URL (http://127.0.0.1:8380/relay)
          --realm URL            Keycloak realm URL (http://127.0.0.1:8480/realms/relay)
          --client-id/--client-secret   ingest client (relay-ingest / its demo secret)
          --clients K            concurrent closed-loop clients (16)
          --duration D           measured duration after the warm-up, e.g. 2m, 15m, 90s (2m)
          --count N              or: stop after N mentions acknowledged after the warm-up
          --warmup W             warm-up excluded from the figures (30s)
          --batch B              mentions per request; >1 posts JSON arrays if the server takes them (1)
          --rate R               open loop: R mentions/s in all, latency counted from the scheduled
                                 send time; 0 = closed loop, each client as fast as answered (0)
          --probe-every P        probe 1 in P acknowledged mentions until routed; 0 = off (100)
          --probe-threads T      threads polling GET /api/mentions/{id} (4)
          --probe-timeout D      give up on a probe after D (5m)
          --probe-user U         employee who polls (alice / relay, through relay-portal)
          --wildfly-pid, --postgres-pid (the postmaster), --keycloak-pid   CPU sampled from /proc
          --postgres-db DB       count only the backends of DB (and the shared writers) (relay_bench)
          --run-id ID            prefix of every externalId (bench-<epoch>)
          --json FILE, --markdown FILE   where to write the summary as well as stdout
          --request-timeout D    per request (60s)
          --seed S               synthetic text seed (42)
        """;
  }

  // ---------------------------------------------------------------------------------------------
  // State of one run

  private final Options options;
  private final HttpClient http;
  private final TokenSource ingestTokens;
  private final TokenSource probeTokens;
  private final Cpu cpu;
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicLong slots = new AtomicLong();
  private volatile long startNanos;

  private volatile boolean batchAccepted;
  private volatile boolean stopping;
  private volatile long measureStartNanos = Long.MAX_VALUE;
  private volatile long measureEndNanos = Long.MAX_VALUE;
  private volatile Instant measureStart;
  private volatile Instant measureEnd;

  private final LongAdder requests = new LongAdder();
  private final LongAdder acknowledgedAll = new LongAdder();
  private final LongAdder acknowledgedMeasured = new LongAdder();
  private final LongAdder duplicates = new LongAdder();
  private final LongAdder itemsRefused = new LongAdder();
  private final LongAdder failedRequests = new LongAdder();
  private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
  private final Map<String, List<String>> failureSamples = new ConcurrentHashMap<>();

  private final Recorder ingestLatency = new Recorder();
  private final AtomicReference<Recorder> windowLatency = new AtomicReference<>(new Recorder());
  private final Probes probes;
  private final List<String> windows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  IngestLoad(Options options) {
    this.options = options;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.ingestTokens =
        new TokenSource(
            http,
            options.realmUrl,
            Map.of(
                "grant_type", "client_credentials",
                "client_id", options.clientId,
                "client_secret", options.clientSecret));
    this.probeTokens =
        options.probeEvery <= 0
            ? null
            : new TokenSource(
                http,
                options.realmUrl,
                Map.of(
                    "grant_type", "password",
                    "client_id", options.probeClient,
                    "client_secret", options.probeSecret,
                    "username", options.probeUser,
                    "password", options.probePassword));
    this.cpu =
        new Cpu(options.wildflyPid, options.postgresPid, options.postgresDb, options.keycloakPid);
    this.probes = options.probeEvery <= 0 ? null : new Probes();
  }

  int run() throws Exception {
    String loadBefore = Cpu.loadAverage();
    System.out.printf(
        "Relay ingestion load: %s, %d clients, %s, batch %d, warm-up %ss, %s, probe 1 in %d, run id %s%n",
        options.relayUrl,
        options.clients,
        options.rate > 0 ? "open loop at " + options.rate + " mentions/s" : "closed loop",
        options.batch,
        options.warmup.toSeconds(),
        options.count > 0
            ? options.count + " mentions"
            : "measured " + options.duration.toSeconds() + "s",
        options.probeEvery,
        options.runId);
    System.out.println("Load average before: " + loadBefore);
    awaitHealthy();
    ingestTokens.current();
    if (probeTokens != null) {
      probeTokens.current();
    }
    batchAccepted = options.batch > 1 && detectBatch();

    startNanos = System.nanoTime();
    measureStartNanos = startNanos + options.warmup.toNanos();
    if (options.count <= 0) {
      measureEndNanos = measureStartNanos + options.duration.toNanos();
    }
    List<Thread> clients = new ArrayList<>();
    for (int i = 0; i < options.clients; i++) {
      Thread client = new Thread(new Client(i), "client-" + i);
      client.start();
      clients.add(client);
    }
    Cpu.Snapshot measureCpuStart = null;
    Cpu.Snapshot windowCpu = cpu.snapshot();
    long windowStart = startNanos;
    long windowAcked = 0;
    long windowFailed = 0;
    long windowProbes = 0;
    boolean measuring = false;
    while (true) {
      long now = System.nanoTime();
      if (!measuring && now >= measureStartNanos) {
        measuring = true;
        measureCpuStart = cpu.snapshot();
        measureStart = Instant.now();
        windowCpu = measureCpuStart;
        windowStart = now;
        windowAcked = acknowledgedAll.sum();
        windowFailed = failedRequests.sum();
        windowProbes = probes == null ? 0 : probes.resolvedCount();
        windowLatency.set(new Recorder());
        System.out.println("--- warm-up done; measuring ---");
      }
      boolean countReached = options.count > 0 && acknowledgedMeasured.sum() >= options.count;
      if (measuring && (now >= measureEndNanos || countReached)) {
        if (countReached) {
          measureEndNanos = now;
        }
        break;
      }
      long nextWindow = windowStart + TimeUnit.SECONDS.toNanos(10);
      long wake = Math.min(nextWindow, measuring ? measureEndNanos : measureStartNanos);
      if (options.count > 0 && measuring) {
        wake = Math.min(wake, now + TimeUnit.MILLISECONDS.toNanos(100));
      }
      long sleep = wake - System.nanoTime();
      if (sleep > 0) {
        TimeUnit.NANOSECONDS.sleep(sleep);
      }
      now = System.nanoTime();
      if (now >= nextWindow) {
        Cpu.Snapshot cpuNow = cpu.snapshot();
        long acked = acknowledgedAll.sum();
        long failed = failedRequests.sum();
        long resolved = probes == null ? 0 : probes.resolvedCount();
        long[] lat = windowLatency.getAndSet(new Recorder()).sorted();
        double seconds = (now - windowStart) / 1e9;
        String line =
            String.format(
                Locale.ROOT,
                "[%5.0fs %-7s] %7.1f mentions/s  req p50 %6.1f p99 %7.1f ms  failed %d  probes routed %d (in flight %d)  %s",
                (now - startNanos) / 1e9,
                measuring ? "measure" : "warm-up",
                (acked - windowAcked) / seconds,
                percentile(lat, 50) / 1000.0,
                percentile(lat, 99) / 1000.0,
                failed - windowFailed,
                resolved - windowProbes,
                probes == null ? 0 : probes.inFlight(),
                cpuNow.since(windowCpu).shortLine());
        System.out.println(line);
        if (measuring) {
          windows.add(line);
        }
        windowCpu = cpuNow;
        windowStart = now;
        windowAcked = acked;
        windowFailed = failed;
        windowProbes = resolved;
      }
    }
    Cpu.Snapshot measureCpuEnd = cpu.snapshot();
    measureEnd = Instant.now();
    long acknowledged = acknowledgedMeasured.sum();
    double measuredSeconds = (measureEndNanos - measureStartNanos) / 1e9;
    stopping = true;
    for (Thread client : clients) {
      client.join(options.requestTimeout.toMillis() + 5_000);
    }
    String loadAfter = Cpu.loadAverage();
    long probeWaitStart = System.nanoTime();
    if (probes != null) {
      System.out.println("--- load stopped; waiting for " + probes.inFlight() + " probes ---");
      probes.awaitAll(options.probeTimeout.plusSeconds(10));
    }
    double probeWaitSeconds = (System.nanoTime() - probeWaitStart) / 1e9;
    Summary summary =
        new Summary(
            acknowledged,
            measuredSeconds,
            measureCpuEnd.since(measureCpuStart),
            loadBefore,
            loadAfter,
            probeWaitSeconds);
    summary.print();
    return 0;
  }

  private void awaitHealthy() throws Exception {
    URI health = URI.create(options.relayUrl + "/api/health");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (true) {
      try {
        HttpResponse<String> answer =
            http.send(
                HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Starting.
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Relay is not healthy at " + health);
      }
      Thread.sleep(500);
    }
  }

  /**
   * Sends one batch of real mentions (they count as warm-up). A server that takes arrays answers
   * 200 with per-item results; one that predates batches refuses the array (400), and the run
   * falls back to one mention per request.
   */
  private boolean detectBatch() throws Exception {
    Synthetic synthetic = new Synthetic(options.seed - 1);
    HttpResponse<String> answer = post(batchBody(synthetic, options.batch, Instant.now()));
    requests.increment();
    if (answer.statusCode() == 200 && answer.body().trim().startsWith("{")) {
      Object results = Json.field(Json.parse(answer.body()), "results");
      if (results instanceof List<?> items) {
        long created = items.stream().filter(i -> status(i) == 201).count();
        acknowledgedAll.add(created);
        notes.add("The server accepts batches: " + options.batch + " mentions per request.");
        return true;
      }
    }
    String note =
        "The server does not accept batches (POST of a JSON array answered "
            + answer.statusCode()
            + ": "
            + abbreviate(answer.body(), 160)
            + "); fell back to one mention per request.";
    notes.add(note);
    System.out.println(note);
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Clients

  /** One closed-loop client: it sends the next request when the previous one is answered. */
  private final class Client implements Runnable {
    private final Synthetic synthetic;

    Client(int index) {
      this.synthetic = new Synthetic(options.seed + index);
    }

    @Override
    public void run() {
      while (!stopping) {
        Instant now = Instant.now();
        int size = batchAccepted ? options.batch : 1;
        long sent = options.rate > 0 ? awaitSlot(size) : System.nanoTime();
        if (stopping) {
          return;
        }
        String body =
            size == 1
                ? synthetic.mentionJson(nextExternalId(), now)
                : batchBody(synthetic, size, now);
        HttpResponse<String> answer;
        try {
          answer = post(body);
        } catch (IOException e) {
          fail(e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
          pause();
          continue;
        } catch (InterruptedException e) {
          return;
        }
        long done = System.nanoTime();
        requests.increment();
        boolean measured = sent >= measureStartNanos && done <= measureEndNanos;
        int status = answer.statusCode();
        if (status == 401) {
          ingestTokens.invalidate();
        }
        if (size == 1) {
          if (status == 201) {
            acknowledged(1, measured, done);
            maybeProbe(Json.parse(answer.body()), sent);
          } else if (status == 200) {
            duplicates.increment();
          } else {
            fail("HTTP " + status, answer.body());
            pause();
            continue;
          }
        } else {
          if (status != 200) {
            fail("HTTP " + status, answer.body());
            pause();
            continue;
          }
          Object results = Json.field(Json.parse(answer.body()), "results");
          int created = 0;
          for (Object item : results instanceof List<?> l ? l : List.of()) {
            int itemStatus = status(item);
            if (itemStatus == 201) {
              created++;
              maybeProbe(Json.field(item, "mention"), sent);
            } else if (itemStatus == 200) {
              duplicates.increment();
            } else {
              itemsRefused.increment();
              fail("item " + itemStatus, Json.write(Json.field(item, "problem")));
            }
          }
          acknowledged(created, measured, done);
        }
        long micros = (done - sent) / 1_000;
        windowLatency.get().add(micros);
        if (measured) {
          ingestLatency.add(micros);
        }
      }
    }

    /**
     * Open loop: waits for this request's slot on the shared schedule and returns the slot time, so
     * that a server that falls behind shows up in the latency (no coordinated omission).
     */
    private long awaitSlot(int size) {
      long slot = slots.getAndAdd(size);
      long at = startNanos + (long) (slot * 1e9 / options.rate);
      long wait = at - System.nanoTime();
      if (wait > 0) {
        try {
          TimeUnit.NANOSECONDS.sleep(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return at;
    }

    private void acknowledged(int n, boolean measured, long done) {
      acknowledgedAll.add(n);
      if (done >= measureStartNanos && done <= measureEndNanos) {
        acknowledgedMeasured.add(n);
      }
    }

    private void maybeProbe(Object mention, long sentNanos) {
      if (probes == null || System.nanoTime() < measureStartNanos) {
        return;
      }
      long n = sequence.incrementAndGet();
      if (n % options.probeEvery == 0 && Json.field(mention, "id") instanceof Number id) {
        probes.start(id.longValue(), sentNanos);
      }
    }

    private void pause() {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private final AtomicLong externalIds = new AtomicLong();

  private String nextExternalId() {
    return options.runId + "-" + externalIds.incrementAndGet();
  }

  private String batchBody(Synthetic synthetic, int size, Instant now) {
    StringBuilder body = new StringBuilder(size * 300).append('[');
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        body.append(',');
      }
      body.append(synthetic.mentionJson(nextExternalId(), now));
    }
    return body.append(']').toString();
  }

  private HttpResponse<String> post(String json) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(options.relayUrl + "/api/mentions"))
            .timeout(options.requestTimeout)
            .header("Authorization", "Bearer " + ingestTokens.current())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private void fail(String kind, String body) {
    failedRequests.increment();
    failures.computeIfAbsent(kind, k -> new LongAdder()).increment();
    List<String> samples =
        failureSamples.computeIfAbsent(kind, k -> java.util.Collections.synchronizedList(new ArrayList<>()));
    if (samples.size() < 3) {
      samples.add(abbreviate(body, 300));
    }
  }

  private static int status(Object item) {
    return Json.field(item, "status") instanceof Number n ? n.intValue() : -1;
  }

  // ---------------------------------------------------------------------------------------------
  // Routed-visibility probes

  /**
   * Polls {@code GET /api/mentions/{id}} as an employee until the detail shows the open reply task
   * (the mention is routed and in its department's queue). The delay between polls grows with the
   * time already waited (a quarter of it, 50 ms to 5 s), so the answer is bracketed within 25% at
   * a polling cost that grows only with the logarithm of the latency; the recorded time is the
   * middle of the bracket (last poll without the task, first poll with it).
   */
  private final class Probes {
    private final ScheduledThreadPoolExecutor scheduler =
        new ScheduledThreadPoolExecutor(options.probeThreads);
    private final Recorder routed = new Recorder();
    private final Recorder bracket = new Recorder();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final LongAdder polls = new LongAdder();
    private final LongAdder pollErrors = new LongAdder();
    private final LongAdder timedOut = new LongAdder();
    private final AtomicLong resolved = new AtomicLong();

    void start(long mentionId, long sentNanos) {
      inFlight.incrementAndGet();
      schedule(new Probe(mentionId, sentNanos), 50);
    }

    int inFlight() {
      return inFlight.get();
    }

    long resolvedCount() {
      return resolved.get();
    }

    void awaitAll(Duration limit) throws InterruptedException {
      long deadline = System.nanoTime() + limit.toNanos();
      while (inFlight.get() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      scheduler.shutdownNow();
    }

    private void schedule(Probe probe, long delayMillis) {
      try {
        scheduler.schedule(probe, delayMillis, TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.RejectedExecutionException shutDown) {
        inFlight.decrementAndGet();
      }
    }

    private final class Probe implements Runnable {
      final long mentionId;
      final long sentNanos;
      long lastMissNanos;

      Probe(long mentionId, long sentNanos) {
        this.mentionId = mentionId;
        this.sentNanos = sentNanos;
        this.lastMissNanos = sentNanos;
      }

      @Override
      public void run() {
        long polled = System.nanoTime();
        boolean found = false;
        try {
          HttpResponse<String> answer =
              http.send(
                  HttpRequest.newBuilder(URI.create(options.relayUrl + "/api/mentions/" + mentionId))
                      .timeout(options.requestTimeout)
                      .header("Authorization", "Bearer " + probeTokens.current())
                      .header("Accept", "application/json")
                      .build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
          polls.increment();
          if (answer.statusCode() == 200) {
            found = Json.field(Json.parse(answer.body()), "replyTask") != null;
          } else {
            pollErrors.increment();
            if (answer.statusCode() == 401) {
              probeTokens.invalidate();
            }
          }
        } catch (IOException e) {
          pollErrors.increment();
        } catch (InterruptedException e) {
          inFlight.decrementAndGet();
          return;
        }
        if (found) {
          long mid = (lastMissNanos + polled) / 2;
          routed.add((mid - sentNanos) / 1_000);
          bracket.add((polled - lastMissNanos) / 1_000);
          resolved.incrementAndGet();
          inFlight.decrementAndGet();
          return;
        }
        lastMissNanos = polled;
        long waited = System.nanoTime() - sentNanos;
        if (waited > options.probeTimeout.toNanos()) {
          timedOut.increment();
          inFlight.decrementAndGet();
          return;
        }
        long delay = Math.max(50, Math.min(5_000, TimeUnit.NANOSECONDS.toMillis(waited) / 4));
        schedule(this, delay);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Summary

  private final class Summary {
    final long acknowledged;
    final double seconds;
    final Cpu.Usage cpuUsage;
    final String loadBefore;
    final String loadAfter;
    final double probeWaitSeconds;
    final long[] latency;
    final long[] routed;

    Summary(
        long acknowledged,
        double seconds,
        Cpu.Usage cpuUsage,
        String loadBefore,
        String loadAfter,
        double probeWaitSeconds) {
      this.acknowledged = acknowledged;
      this.seconds = seconds;
      this.cpuUsage = cpuUsage;
      this.loadBefore = loadBefore;
      this.loadAfter = loadAfter;
      this.probeWaitSeconds = probeWaitSeconds;
      this.latency = ingestLatency.sorted();
      this.routed = probes == null ? new long[0] : probes.routed.sorted();
    }

    double rate() {
      return acknowledged / seconds;
    }

    /** A routed percentile over all probes, counting the ones that timed out as infinitely late. */
    String routedPercentile(double p) {
      if (probes == null) {
        return "n/a";
      }
      long total = routed.length + probes.timedOut.sum() + probes.inFlight();
      if (total == 0) {
        return "n/a";
      }
      int rank = (int) Math.ceil(p / 100.0 * total);
      if (rank > routed.length) {
        return "> " + options.probeTimeout.toSeconds() + " s";
      }
      return ms(routed[Math.max(0, rank - 1)]);
    }

    void print() throws IOException {
      String md = markdown();
      System.out.println();
      System.out.println(md);
      String json = json();
      System.out.println("JSON: " + json);
      if (options.markdownOut != null) {
        Files.writeString(options.markdownOut, md);
      }
      if (options.jsonOut != null) {
        Files.writeString(options.jsonOut, json + "\n");
      }
    }

    String markdown() {
      StringBuilder out = new StringBuilder();
      out.append("## Ingestion run ").append(options.runId).append("\n\n");
      out.append("| Parameter | Value |\n|---|---|\n");
      row(out, "Relay", options.relayUrl);
      row(out, "Clients", options.clients);
      row(
          out,
          "Load shape",
          options.rate > 0
              ? "open loop, " + options.rate + " mentions/s offered (latency from the scheduled send)"
              : "closed loop (each client sends when answered)");
      row(
          out,
          "Batch",
          options.batch + (options.batch > 1 ? (batchAccepted ? " (accepted)" : " (refused: 1 per request)") : ""));
      row(out, "Warm-up (excluded)", options.warmup.toSeconds() + " s");
      row(out, "Measured", String.format(Locale.ROOT, "%.1f s", seconds));
      row(out, "Load average before / after", loadBefore + " / " + loadAfter);
      row(out, "Cores", Runtime.getRuntime().availableProcessors());
      out.append("\n| Result | Value |\n|---|---|\n");
      row(out, "Mentions acknowledged (measured / whole run)", acknowledged + " / " + acknowledgedAll.sum());
      row(out, "Sustained mentions/s", String.format(Locale.ROOT, "%.1f", rate()));
      row(out, "Requests measured", latency.length);
      row(
          out,
          "Ingest latency p50 / p95 / p99 / max (per request)",
          ms(percentile(latency, 50))
              + " / "
              + ms(percentile(latency, 95))
              + " / "
              + ms(percentile(latency, 99))
              + " / "
              + ms(percentile(latency, 100)));
      if (probes != null) {
        row(
            out,
            "POST to routed p50 / p95 / p99 (sample)",
            routedPercentile(50) + " / " + routedPercentile(95) + " / " + routedPercentile(99));
        row(
            out,
            "Probes routed / timed out / unfinished",
            routed.length + " / " + probes.timedOut.sum() + " / " + probes.inFlight());
        row(
            out,
            "Probe polls (errors); median bracket",
            probes.polls.sum()
                + " ("
                + probes.pollErrors.sum()
                + "); "
                + ms(percentile(probes.bracket.sorted(), 50)));
        row(out, "Waited for probes after the load", String.format(Locale.ROOT, "%.0f s", probeWaitSeconds));
      }
      row(out, "Failed requests", failedRequests.sum() + " " + failureCounts());
      row(out, "Duplicates (200) / items refused", duplicates.sum() + " / " + itemsRefused.sum());
      out.append(cpuUsage.markdownRows());
      if (!failureSamples.isEmpty()) {
        out.append("\nFailure samples:\n");
        failureSamples.forEach(
            (kind, samples) -> {
              synchronized (samples) {
                samples.forEach(s -> out.append("- ").append(kind).append(": `").append(s.replace('`', '\'')).append("`\n"));
              }
            });
      }
      if (!notes.isEmpty()) {
        out.append("\nNotes:\n");
        notes.forEach(n -> out.append("- ").append(n).append('\n'));
      }
      out.append("\n10-s windows (measured):\n```\n");
      windows.forEach(w -> out.append(w).append('\n'));
      out.append("```\n");
      return out.toString();
    }

    String json() {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("runId", options.runId);
      o.put("clients", options.clients);
      o.put("batch", options.batch);
      o.put("batchAccepted", batchAccepted);
      o.put("offeredRate", options.rate);
      o.put("warmupSeconds", options.warmup.toSeconds());
      o.put("measuredSeconds", round(seconds));
      o.put("loadAverageBefore", loadBefore);
      o.put("loadAverageAfter", loadAfter);
      o.put("measureStart", measureStart.toString());
      o.put("measureEnd", measureEnd.toString());
      o.put("acknowledged", acknowledged);
      o.put("acknowledgedTotal", acknowledgedAll.sum());
      o.put("mentionsPerSecond", round(rate()));
      o.put("requests", latency.length);
      o.put("ingestP50Ms", round(percentile(latency, 50) / 1000.0));
      o.put("ingestP95Ms", round(percentile(latency, 95) / 1000.0));
      o.put("ingestP99Ms", round(percentile(latency, 99) / 1000.0));
      o.put("ingestMaxMs", round(percentile(latency, 100) / 1000.0));
      if (probes != null) {
        o.put("routedP50", routedPercentile(50));
        o.put("routedP95", routedPercentile(95));
        o.put("routedP99", routedPercentile(99));
        o.put("probesRouted", routed.length);
        o.put("probesTimedOut", probes.timedOut.sum());
        o.put("probesUnfinished", probes.inFlight());
        o.put("probePolls", probes.polls.sum());
      }
      o.put("failedRequests", failedRequests.sum());
      o.put("failures", failureCounts());
      o.put("duplicates", duplicates.sum());
      o.put("itemsRefused", itemsRefused.sum());
      o.putAll(cpuUsage.asMap());
      return Json.write(o);
    }

    private String failureCounts() {
      return new TreeMap<>(failures)
          .entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue().sum())
              .collect(Collectors.joining(", ", "{", "}"));
    }
  }

  private static void row(StringBuilder out, String name, Object value) {
    out.append("| ").append(name).append(" | ").append(value).append(" |\n");
  }

  static String ms(long micros) {
    return micros < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f ms", micros / 1000.0);
  }

  static double round(double v) {
    return Math.round(v * 10.0) / 10.0;
  }

  static String abbreviate(String s, int max) {
    if (s == null) {
      return "";
    }
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= max ? one : one.substring(0, max) + "...";
  }

  /** Nearest-rank percentile of a sorted array; -1 when empty. */
  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return -1;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
  }

  // ---------------------------------------------------------------------------------------------
  // Latency recorder

  /**
   * Every value kept (microseconds), sorted once at the end: exact percentiles at 8 bytes a
   * sample, which is 4 MB for 500,000 requests.
   */
  static final class Recorder {
    private long[] values = new long[4096];
    private int size;

    synchronized void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    synchronized long[] sorted() {
      long[] copy = Arrays.copyOf(values, size);
      Arrays.sort(copy);
      return copy;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Tokens

  /** An access token from Keycloak, fetched again once 70% of its lifetime has passed. */
  static final class TokenSource {
    private final HttpClient http;
    private final URI tokenUri;
    private final String form;
    private volatile String token;
    private volatile long refreshAtNanos;

    TokenSource(HttpClient http, String realmUrl, Map<String, String> form) {
      this.http = http;
      this.tokenUri = URI.create(realmUrl + "/protocol/openid-connect/token");
      this.form =
          form.entrySet().stream()
              .map(
                  e ->
                      URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                          + "="
                          + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
    }

    String current() {
      String t = token;
      if (t != null && System.nanoTime() < refreshAtNanos) {
        return t;
      }
      synchronized (this) {
        if (token == null || System.nanoTime() >= refreshAtNanos) {
          fetch();
        }
        return token;
      }
    }

    synchronized void invalidate() {
      refreshAtNanos = 0;
    }

    private void fetch() {
      try {
        HttpResponse<String> answer =
            http.send(
                HttpRequest.newBuilder(tokenUri)
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
          throw new IllegalStateException(
              "No token from " + tokenUri + ": " + answer.statusCode() + " " + answer.body());
        }
        Object json = Json.parse(answer.body());
        long lifetime =
            Json.field(json, "expires_in") instanceof Number n ? n.longValue() : 60;
        token = (String) Json.field(json, "access_token");
        refreshAtNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(lifetime) * 7 / 10;
      } catch (IOException e) {
        throw new IllegalStateException("Keycloak unreachable at " + tokenUri, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // CPU from /proc

  /**
   * CPU time of WildFly (one java process), PostgreSQL, Keycloak, this load generator, and the
   * whole machine (/proc/stat), in clock ticks; a usage is a delta over wall time, in cores and in %
   * of the machine. PostgreSQL is the postmaster and those of its children that serve the benchmark
   * database (their process title names it) or are its shared writers (checkpointer, background
   * writer, WAL writer, autovacuum): other databases on the same server are other people's work.
   * A backend counts from its first snapshot, so one that starts and ends between two is missed.
   */
  static final class Cpu {
    private static final double TICKS = 100.0; // USER_HZ on Linux
    private final long wildfly;
    private final long postgres;
    private final String postgresDb;
    private final long keycloak;

    Cpu(long wildfly, long postgres, String postgresDb, long keycloak) {
      this.wildfly = wildfly;
      this.postgres = postgres;
      this.postgresDb = postgresDb;
      this.keycloak = keycloak;
    }

    record Snapshot(
        long nanos,
        long wf,
        Map<Long, Long> pg,
        long kc,
        long self,
        long busy,
        long total,
        long steal) {
      Usage since(Snapshot before) {
        long pgTicks = 0;
        for (Map.Entry<Long, Long> now : pg.entrySet()) {
          pgTicks += now.getValue() - before.pg.getOrDefault(now.getKey(), 0L);
        }
        return new Usage(
            (nanos - before.nanos) / 1e9,
            wf - before.wf,
            pgTicks,
            kc - before.kc,
            self - before.self,
            busy - before.busy,
            total - before.total,
            steal - before.steal);
      }
    }

    record Usage(double seconds, long wf, long pg, long kc, long self, long busy, long total, long steal) {
      static final int CORES = Runtime.getRuntime().availableProcessors();

      double cores(long ticks) {
        return ticks / TICKS / seconds;
      }

      double machinePercent(long ticks) {
        return 100.0 * cores(ticks) / CORES;
      }

      /** Busy ticks of the whole machine not spent by the processes measured here. */
      long other() {
        return Math.max(0, busy - wf - pg - kc - self);
      }

      double busyPercent() {
        return total == 0 ? 0 : 100.0 * busy / total;
      }

      String shortLine() {
        return String.format(
            Locale.ROOT,
            "cpu wf %.2f pg %.2f gen %.2f other %.2f cores, machine busy %.0f%%",
            cores(wf),
            cores(pg),
            cores(self),
            cores(other()),
            busyPercent());
      }

      String markdownRows() {
        StringBuilder out = new StringBuilder();
        row(out, "CPU WildFly", part(wf));
        row(out, "CPU PostgreSQL (benchmark backends + writers)", part(pg));
        row(out, "CPU Keycloak", part(kc));
        row(out, "CPU load generator", part(self));
        row(out, "CPU everything else on the machine (other work)", part(other()));
        row(
            out,
            "Machine busy (all processes) / steal",
            String.format(Locale.ROOT, "%.0f%% / %.1f%%", busyPercent(), total == 0 ? 0 : 100.0 * steal / total));
        return out.toString();
      }

      private String part(long ticks) {
        return String.format(
            Locale.ROOT, "%.2f cores (%.0f%% of %d)", cores(ticks), machinePercent(ticks), CORES);
      }

      Map<String, Object> asMap() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("cpuWildflyCores", round2(cores(wf)));
        o.put("cpuPostgresCores", round2(cores(pg)));
        o.put("cpuKeycloakCores", round2(cores(kc)));
        o.put("cpuLoadGeneratorCores", round2(cores(self)));
        o.put("cpuOtherCores", round2(cores(other())));
        o.put("machineBusyPercent", round(busyPercent()));
        o.put("machineStealPercent", round(total == 0 ? 0 : 100.0 * steal / total));
        return o;
      }

      private static double round2(double v) {
        return Math.round(v * 100.0) / 100.0;
      }
    }

    Snapshot snapshot() {
      long[] machine = machine();
      return new Snapshot(
          System.nanoTime(),
          process(wildfly),
          postgresTicks(),
          process(keycloak),
          process(ProcessHandle.current().pid()),
          machine[0],
          machine[1],
          machine[2]);
    }

    /** utime + stime of one process. */
    static long process(long pid) {
      if (pid <= 0) {
        return 0;
      }
      try {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // After the command: f[0] is field 3 (state); utime is field 14 and stime 15.
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
      } catch (IOException | RuntimeException gone) {
        return 0;
      }
    }

    private Map<Long, Long> postgresTicks() {
      Map<Long, Long> ticks = new java.util.HashMap<>();
      if (postgres <= 0) {
        return ticks;
      }
      ticks.put(postgres, process(postgres));
      ProcessHandle.of(postgres)
          .ifPresent(
              master ->
                  master
                      .children()
                      .forEach(
                          child -> {
                            String title = title(child.pid());
                            if (title.contains(" " + postgresDb + " ")
                                || title.matches(
                                    ".*(checkpointer|background writer|walwriter|autovacuum launcher).*")) {
                              ticks.put(child.pid(), process(child.pid()));
                            }
                          }));
      return ticks;
    }

    /** A PostgreSQL backend's process title, e.g. "postgres: 15/main: postgres relay_bench ...". */
    static String title(long pid) {
      try {
        return new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")), StandardCharsets.UTF_8)
                .replace('\0', ' ')
            + " ";
      } catch (IOException | RuntimeException gone) {
        return "";
      }
    }

    /** busy, total and steal ticks of all cores. */
    static long[] machine() {
      try {
        String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);
        String[] f = cpu.trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < Math.min(f.length, 9); i++) {
          total += Long.parseLong(f[i]);
        }
        long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
        long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
        return new long[] {total - idle, total, steal};
      } catch (IOException | RuntimeException e) {
        return new long[] {0, 0, 0};
      }
    }

    static String loadAverage() {
      try {
        String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
        return f[0] + " " + f[1] + " " + f[2];
      } catch (IOException e) {
        return "?";
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Synthetic mentions

  /**
   * Mentions as the public writes them: every routing topic (outage, billing, legal, press,
   * careers, complaint, product) and plain questions and praise, in positive, neutral and negative
   * tones, some with emoji, from many different authors.
   */
  static final class Synthetic {
    private static final String[] TEXTS = {
      // outage
      "Is the app down? I cannot log in since this morning 😡",
      "Your status page says all good but I get a 503 every single time",
      "Dashboard not loading again... third time this week",
      "Outage in Europe? Nothing works here 🔥",
      "Can't log in on mobile or desktop, anyone else?",
      // billing
      "I was charged twice on my invoice for March 💸",
      "Still waiting for my refund, it has been three weeks",
      "Why did my subscription price go up without any notice?",
      "Payment failed but the money left my account anyway",
      "Overcharged again. Billing, please explain line 4 of invoice",
      // legal
      "Your new terms of service look like they break GDPR",
      "Our lawyer will be in touch about the trademark you are using",
      "Thinking about whether to sue over the data leak, honestly",
      // press
      "Journalist here: could we get a comment for a story on the layoffs?",
      "Reporter at the Daily Ledger, interview request about yesterday",
      "Press inquiry: is the acquisition rumour true?",
      // careers
      "Are you hiring backend engineers in Lisbon? 🙏",
      "Applied for the internship two months ago and never heard back",
      "A recruiter from your team contacted me, is this job real?",
      // complaint
      "Worst customer service ever. Never again 👎",
      "Really disappointed with the latest update, it is awful",
      "Unacceptable: support closed my ticket without reading it",
      "Angry does not begin to describe it 😤",
      // product
      "Loving the new beta feature 😍 when is it out for everyone?",
      "Any news on the API roadmap? We really need webhooks",
      "Feedback: the Slack integration is great, the export less so",
      "The release notes mention dark mode but I cannot find it",
      // questions and praise (no topic keyword)
      "How do I export my data to a spreadsheet?",
      "Does it work offline on a plane? Asking before my trip ✈️",
      "Thanks for the quick help yesterday, you folks rock 🙌",
      "Just switched from a competitor and so far so good",
      "Which plan includes more than five seats?",
      "¿Tienen soporte en español? Gracias 😊",
      "Merci pour la réponse rapide !",
      "Big shout-out to the support person who stayed late for us 💙",
    };
    private static final String[] OPENERS = {"", "", "", "@relaycorp ", "Hey team, ", "Quick one: ", "Hmm. "};
    private static final String[] CLOSERS = {
      "", "", "", " #fail", " 🤔", " (asking for a friend)", " — sent from my phone", " Order %d.", " Ticket #%d", " 👍"
    };
    private static final String[] NAMES = {
      "maria", "jonas", "aiko", "li", "omar_k", "sam", "zoe", "ravi", "fatima", "lucas", "nina", "tomasz",
      "amara", "ben", "chloe", "diego", "elena", "felix", "grace_o", "hugo"
    };

    private final SplittableRandom random;

    Synthetic(long seed) {
      this.random = new SplittableRandom(seed);
    }

    String mentionJson(String externalId, Instant now) {
      String closer = CLOSERS[random.nextInt(CLOSERS.length)];
      if (closer.contains("%d")) {
        closer = String.format(closer, 10_000 + random.nextInt(90_000));
      }
      String text =
          OPENERS[random.nextInt(OPENERS.length)] + TEXTS[random.nextInt(TEXTS.length)] + closer;
      String author = "@" + NAMES[random.nextInt(NAMES.length)] + random.nextInt(5_000);
      Instant posted = now.minusSeconds(random.nextInt(600));
      return "{\"channel\":\"webhook\",\"externalId\":"
          + Json.quote(externalId)
          + ",\"author\":"
          + Json.quote(author)
          + ",\"text\":"
          + Json.quote(text)
          + ",\"url\":"
          + Json.quote("https://example.org/p/" + externalId)
          + ",\"postedAt\":"
          + Json.quote(posted.toString())
          + "}";
    }
  }

  // ---------------------------------------------------------------------------------------------
  // JSON: just enough to read Relay's and Keycloak's answers and to write the summary

  static final class Json {
    private final String s;
    private int i;

    private Json(String s) {
      this.s = s;
    }

    static Object parse(String text) {
      if (text == null || text.isBlank()) {
        return null;
      }
      try {
        Json p = new Json(text);
        Object v = p.value();
        return v;
      } catch (RuntimeException e) {
        return null;
      }
    }

    static Object field(Object object, String name) {
      return object instanceof Map<?, ?> m ? m.get(name) : null;
    }

    private Object value() {
      skip();
      char c = s.charAt(i);
      switch (c) {
        case '{' -> {
          i++;
          Map<String, Object> m = new LinkedHashMap<>();
          skip();
          if (s.charAt(i) == '}') {
            i++;
            return m;
          }
          while (true) {
            skip();
            String k = string();
            skip();
            i++; // ':'
            m.put(k, value());
            skip();
            if (s.charAt(i++) == '}') {
              return m;
            }
          }
        }
        case '[' -> {
          i++;
          List<Object> l = new ArrayList<>();
          skip();
          if (s.charAt(i) == ']') {
            i++;
            return l;
          }
          while (true) {
            l.add(value());
            skip();
            if (s.charAt(i++) == ']') {
              return l;
            }
          }
        }
        case '"' -> {
          return string();
        }
        case 't' -> {
          i += 4;
          return Boolean.TRUE;
        }
        case 'f' -> {
          i += 5;
          return Boolean.FALSE;
        }
        case 'n' -> {
          i += 4;
          return null;
        }
        default -> {
          int start = i;
          while (i < s.length() && "+-.eE0123456789".indexOf(s.charAt(i)) >= 0) {
            i++;
          }
          String n = s.substring(start, i);
          if (n.contains(".") || n.contains("e") || n.contains("E")) {
            return Double.parseDouble(n);
          }
          return Long.parseLong(n);
        }
      }
    }

    private String string() {
      StringBuilder out = new StringBuilder();
      i++; // opening quote
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') {
          return out.toString();
        }
        if (c == '\\') {
          char e = s.charAt(i++);
          switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'u' -> {
              out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
              i += 4;
            }
            default -> out.append(e);
          }
        } else {
          out.append(c);
        }
      }
    }

    private void skip() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    static String quote(String v) {
      StringBuilder out = new StringBuilder(v.length() + 2).append('"');
      for (int k = 0; k < v.length(); k++) {
        char c = v.charAt(k);
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> {
            if (c < 0x20) {
              out.append(String.format("\\u%04x", (int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      return out.append('"').toString();
    }

    static String write(Object v) {
      if (v == null) {
        return "null";
      }
      if (v instanceof String str) {
        return quote(str);
      }
      if (v instanceof Number || v instanceof Boolean) {
        return v.toString();
      }
      if (v instanceof Map<?, ?> m) {
        return m.entrySet().stream()
            .map(e -> quote(String.valueOf(e.getKey())) + ":" + write(e.getValue()))
            .collect(Collectors.joining(",", "{", "}"));
      }
      if (v instanceof List<?> l) {
        return l.stream().map(Json::write).collect(Collectors.joining(",", "[", "]"));
      }
      return quote(v.toString());
    }
  }
}
