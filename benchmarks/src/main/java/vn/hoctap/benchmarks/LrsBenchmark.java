package vn.hoctap.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Load generator and query timer for the LRS (issue 3, point 7). Either starts everything itself (an embedded
 * PostgreSQL and the real uber jar on it: {@code --start}) or targets a running LRS ({@code --endpoint URL
 * --key K --secret S}). It posts realistic statements in batches from several concurrent clients, then times
 * filtered queries with {@code limit=100}, and prints statements per second and p50/p95 latencies.
 *
 * <pre>
 * ./mvnw -B -ntp -q -pl server,benchmarks -am package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * cd benchmarks && java -Dhoctap.uberJar=../server/target/hoctap-server.jar -cp target/classes:$(cat target/cp.txt) \
 *     vn.hoctap.benchmarks.LrsBenchmark --start --statements 1000000 --batch 100 --clients 4
 * </pre>
 */
public final class LrsBenchmark {

    private final Map<String, String> options;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String endpoint;
    private String authorization;

    private LrsBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
                options.put(args[i].substring(2), flag ? "true" : args[++i]);
            }
        }
        new LrsBenchmark(options).run();
    }

    private int option(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)));
    }

    private void run() throws Exception {
        int statements = option("statements", 100_000);
        int batch = option("batch", 100);
        int clients = option("clients", 4);
        int queries = option("queries", 200);
        Process server = null;
        EmbeddedPostgres postgres = null;
        Path work = Files.createTempDirectory("lrs-benchmark");
        try {
            if (options.containsKey("start")) {
                postgres = EmbeddedPostgres.builder().start();
                try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE lrsbench");
                }
                int port = freePort();
                String key = "LRSBENCHMARK0000000001";
                String secret = "benchmark-secret";
                List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx" + options.getOrDefault("server-heap", "1g"), "-Djava.io.tmpdir=" + work));
                if (options.containsKey("server-jfr")) {
                    // a flight recording of the server for profiling, e.g. --server-jfr /tmp/lrs.jfr
                    command.add("-XX:StartFlightRecording=filename=" + options.get("server-jfr") + ",settings=profile");
                }
                command.addAll(List.of("-jar", System.getProperty("hoctap.uberJar"), "--port", String.valueOf(port),
                        "--nohazelcast", "--disablephonehome", "--rootdir", work.resolve("payara").toString()));
                ProcessBuilder builder = new ProcessBuilder(command)
                        .redirectErrorStream(true).redirectOutput(work.resolve("server.log").toFile());
                builder.environment().put("HOCTAP_DATA_DIR", work.resolve("data").toString());
                builder.environment().put("HOCTAP_DB_URL", postgres.getJdbcUrl("postgres", "lrsbench"));
                builder.environment().put("HOCTAP_DB_USER", "postgres");
                builder.environment().put("HOCTAP_DB_PASSWORD", "postgres");
                builder.environment().put("HOCTAP_LRS_DEFAULT_KEY", key);
                builder.environment().put("HOCTAP_LRS_DEFAULT_SECRET", secret);
                server = builder.start();
                endpoint = "http://127.0.0.1:" + port + "/xapi/";
                authorization = basic(key, secret);
                awaitReady(port, server, work);
            } else {
                endpoint = options.get("endpoint");
                authorization = basic(options.get("key"), options.get("secret"));
            }
            System.out.printf("LRS benchmark: %d statements, batches of %d, %d clients, %d queries per filter, %s%n",
                    statements, batch, clients, queries, endpoint);
            load(statements, batch, clients);
            if (postgres != null && !options.containsKey("no-analyze")) {
                // what autovacuum does within a minute of a bulk load: without statistics of the new rows the
                // planner takes the tables for tiny (a benchmark artifact, not the steady state it measures)
                try (Connection c = postgres.getDatabase("postgres", "lrsbench").getConnection();
                        Statement s = c.createStatement()) {
                    s.execute("ANALYZE");
                }
            }
            time(queries);
        } finally {
            if (server != null) {
                server.destroy();
                server.waitFor();
            }
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    private void load(int total, int batch, int clients) throws Exception {
        StatementGenerator generator = new StatementGenerator(42);
        int batches = (total + batch - 1) / batch;
        AtomicLong next = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Instant started = Instant.now();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                StatementGenerator own;
                synchronized (generator) {
                    own = generator.fork();
                }
                long index;
                while ((index = next.getAndIncrement()) < batches) {
                    int size = (int) Math.min(batch, total - index * batch);
                    String body = own.batch(size);
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(endpoint + "statements"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)));
                    latencies.add(System.nanoTime() - t0);
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("POST failed " + response.statusCode() + ": " + response.body());
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            next.set(Long.MAX_VALUE / 2); // the other clients stop after their current batch
            pool.shutdown();
        }
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        System.out.printf("load: %d statements in %.1f s = %.0f statements/s; batch POST p50 %.1f ms, p95 %.1f ms%n",
                total, seconds, total / seconds, percentile(latencies, 50), percentile(latencies, 95));
    }

    private void time(int queries) throws Exception {
        StatementGenerator probe = new StatementGenerator(7);
        Map<String, java.util.function.Supplier<String>> filters = new java.util.LinkedHashMap<>();
        filters.put("agent", () -> "agent=" + encode(probe.randomActor()));
        filters.put("verb", () -> "verb=" + encode(probe.randomVerb()));
        filters.put("activity+related_activities", () -> "activity=" + encode(probe.randomCourse()) + "&related_activities=true");
        filters.put("registration", () -> "registration=" + probe.randomRegistration());
        filters.put("since", () -> "since=" + encode(Instant.now().minus(Duration.ofMinutes(2)).toString()));
        // round-robin over the filters, so a burst of load on a shared machine (or autovacuum after the load)
        // hits every filter alike instead of whichever block of queries runs at that moment
        Map<String, List<Long>> latencies = new java.util.LinkedHashMap<>();
        filters.keySet().forEach(name -> latencies.put(name, new ArrayList<>()));
        for (int i = 0; i < queries; i++) {
            for (var filter : filters.entrySet()) {
                String url = endpoint + "statements?limit=100&" + filter.getValue().get();
                long t0 = System.nanoTime();
                HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)).GET());
                latencies.get(filter.getKey()).add(System.nanoTime() - t0);
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET failed " + response.statusCode() + ": " + response.body());
                }
            }
        }
        latencies.forEach((name, nanos) -> System.out.printf("query %-28s p50 %6.1f ms  p95 %6.1f ms%n", name,
                percentile(nanos, 50), percentile(nanos, 95)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Authorization", authorization).header("X-Experience-API-Version", "1.0.3")
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitReady(int port, Process server, Path work) throws Exception {
        for (int i = 0; i < 240; i++) {
            if (!server.isAlive()) {
                throw new IllegalStateException("server exited; see " + work.resolve("server.log"));
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/health/ready")).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("server not ready; see " + work.resolve("server.log"));
    }

    private static double percentile(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }

    private static String basic(String key, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
