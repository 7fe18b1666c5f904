package vn.hoctap.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.hoctap.core.persistence.LocalTransactor;
import vn.hoctap.lrs.json.StrictJson;
import vn.hoctap.lrs.statement.AgentIdentity;
import vn.hoctap.lrs.statement.StatementQuery;
import vn.hoctap.lrs.statement.StatementRepository;
import vn.hoctap.lrs.statement.StatementService;
import vn.hoctap.lrs.store.Credential;
import vn.hoctap.lrs.store.LrsStore;
import vn.hoctap.lrs.store.Scope;
import vn.hoctap.lrs.store.StoreAdministration;
import vn.hoctap.lrs.store.StoreRepository;
import vn.hoctap.lrs.validation.StatementValidator;
import vn.hoctap.lrs.validation.XapiVersion;
import vn.hoctap.testing.DatabaseEngine;
import vn.hoctap.testing.TestDatabase;

/**
 * The LRS storage without HTTP: loads statements through {@link StatementService} (validation, JSON, JDBC) into
 * an embedded PostgreSQL from several threads, then times each benchmark filter through the service and prints
 * the PostgreSQL plan ({@code EXPLAIN (ANALYZE, BUFFERS)}) of the SQL the repository runs for it. For profiling
 * queries at 1,000,000 statements faster than over HTTP (docs/benchmarks.md).
 */
public final class LrsStorageBenchmark {

    private LrsStorageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
                options.put(args[i].substring(2), flag ? "true" : args[++i]);
            }
        }
        int total = Integer.parseInt(options.getOrDefault("statements", "200000"));
        int batch = Integer.parseInt(options.getOrDefault("batch", "100"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "4"));
        int queries = Integer.parseInt(options.getOrDefault("queries", "200"));
        boolean explain = options.containsKey("explain");

        TestDatabase database = DatabaseEngine.POSTGRESQL.freshDatabase();
        DataSource dataSource = perThread(database.dataSource());
        LocalTransactor transactor = new LocalTransactor(dataSource);
        StoreAdministration admin = new StoreAdministration(transactor, new StoreRepository(), Clock.systemUTC());
        LrsStore store = admin.createStore("bench");
        Credential credential = admin.issueCredential(store.id(), "bench", Set.of(Scope.ALL)).credential();
        ObjectMapper json = new ObjectMapper();
        StatementService service = new StatementService(transactor, new StatementRepository(), new StatementValidator(),
                json, Clock.systemUTC(), "https://hoctap.vn/xapi");

        StatementGenerator generator = new StatementGenerator(42);
        int batches = (total + batch - 1) / batch;
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Instant started = Instant.now();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            StatementGenerator own = generator.fork();
            workers.add(pool.submit(() -> {
                long index;
                while ((index = next.getAndIncrement()) < batches) {
                    int size = (int) Math.min(batch, total - index * batch);
                    List<JsonNode> statements = new ArrayList<>();
                    StrictJson.parseObjectOrArray(own.batch(size)).forEach(statements::add);
                    service.store(credential, statements, XapiVersion.V1_0_x);
                    if (index % 1000 == 999) {
                        System.out.printf("  %d statements%n", (index + 1) * batch);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        System.out.printf("load (service, no HTTP): %d statements in %.1f s = %.0f statements/s%n", total, seconds,
                total / seconds);
        if (!options.containsKey("no-analyze")) {
            // --no-analyze: statistics as autovacuum left them, as in the server right after a load
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
        }

        StatementGenerator probe = new StatementGenerator(7);
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Supplier<StatementQuery>> filters = new LinkedHashMap<>();
        filters.put("agent", () -> query(Optional.of(ifi(mapper, probe.randomActor())), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty()));
        filters.put("verb", () -> query(Optional.empty(), Optional.of(probe.randomVerb()), Optional.empty(),
                Optional.empty(), false, Optional.empty()));
        filters.put("activity+related_activities", () -> query(Optional.empty(), Optional.empty(),
                Optional.of(probe.randomCourse()), Optional.empty(), true, Optional.empty()));
        filters.put("registration", () -> query(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(UUID.fromString(probe.randomRegistration())), false, Optional.empty()));
        filters.put("since", () -> query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.of(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(2))));
        filters.put("since 1 s ago (few matches)", () -> query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.of(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1))));
        for (var filter : filters.entrySet()) {
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                StatementQuery query = filter.getValue().get();
                long t0 = System.nanoTime();
                service.query(credential, query);
                latencies.add(System.nanoTime() - t0);
            }
            System.out.printf("query %-28s p50 %6.1f ms  p95 %6.1f ms%n", filter.getKey(), percentile(latencies, 50),
                    percentile(latencies, 95));
            if (explain) {
                StatementQuery query = filter.getValue().get();
                try (Connection c = dataSource.getConnection()) {
                    for (String plan : new StatementRepository().explain(c, store.id(), query)) {
                        System.out.println(plan);
                    }
                }
            }
        }
        System.exit(0);
    }

    /**
     * One open connection per thread, like the server's pool: the embedded server's DataSource opens a new
     * PostgreSQL connection (a new backend process) on every call, which would dominate the timings.
     */
    private static DataSource perThread(DataSource opening) {
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                return opening.getConnection();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return (DataSource) java.lang.reflect.Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Connection real = connections.get();
                    real.setAutoCommit(true);
                    return java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                            new Class<?>[] {Connection.class}, (p, m, a) -> {
                                if (m.getName().equals("close")) {
                                    return null;
                                }
                                try {
                                    return m.invoke(real, a);
                                } catch (java.lang.reflect.InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            });
                });
    }

    private static String ifi(ObjectMapper mapper, String actor) {
        try {
            return AgentIdentity.of(mapper.readTree(actor)).orElseThrow();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StatementQuery query(Optional<String> agent, Optional<String> verb, Optional<String> activity,
            Optional<UUID> registration, boolean related, Optional<OffsetDateTime> since) {
        return new StatementQuery(agent, verb, activity, registration, related, false, since, Optional.empty(), false,
                100, Optional.empty(), OptionalLong.empty());
    }

    private static double percentile(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }
}
