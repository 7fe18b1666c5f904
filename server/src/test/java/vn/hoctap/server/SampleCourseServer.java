package vn.hoctap.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import vn.hoctap.samples.SampleCourseGenerator;
import vn.hoctap.testing.DatabaseEngine;
import vn.hoctap.testing.TestDatabase;

/**
 * One platform as {@code ./run} starts it, shared by every black-box test class of a run that declares a
 * {@code SampleCourseServer} parameter ({@code @ExtendWith(SampleCourseServer.Resolver.class)}): the sample media
 * generated from the outline, the uber jar on a fresh PostgreSQL with {@code HOCTAP_SAMPLES_DIR}, and the sample
 * course published by the platform itself. Started on first use (a few minutes: generation, start, transcoding),
 * stopped when the whole test run ends.
 *
 * <p>Tests share its data: each creates its own stores, credentials, registrations or versions, and never assumes
 * it is alone (a second version of the sample course may exist when another class published one).
 */
final class SampleCourseServer implements ExtensionContext.Store.CloseableResource {

    static final String ADMIN_PASSWORD = "sample-admin-password";
    static final Duration START = Duration.ofMinutes(3);
    private static final Duration PUBLISH = Duration.ofMinutes(6);

    private final Path work;
    private final TestDatabase database;
    private final RunningServer server;
    private final String courseId;

    private SampleCourseServer(Path work, TestDatabase database, RunningServer server, String courseId) {
        this.work = work;
        this.database = database;
        this.server = server;
        this.courseId = courseId;
    }

    private static SampleCourseServer start() throws Exception {
        Path work = Files.createTempDirectory("hoctap-sample-server-");
        TestDatabase database = DatabaseEngine.POSTGRESQL.freshDatabase();
        RunningServer server = RunningServer.start(work.resolve("server"),
                environment(database, generateSamples(work.resolve("samples"))));
        try {
            server.awaitReady(START);
            return new SampleCourseServer(work, database, server,
                    awaitPublished(database, server, "course_id"));
        } catch (Throwable e) {
            server.close();
            throw e;
        }
    }

    /** Generates the sample course's media from the outline into {@code directory}, as {@code ./run} does. */
    static Path generateSamples(Path directory) {
        System.setProperty("java.awt.headless", "true");
        new SampleCourseGenerator().generate(Path.of("../samples/course/outline.json"), directory);
        return directory;
    }

    /** The environment {@code ./run} gives the platform, on {@code database}, loading the samples of {@code samples}. */
    static Map<String, String> environment(TestDatabase database, Path samples) {
        Map<String, String> env = new HashMap<>();
        env.put("HOCTAP_DB_URL", database.url());
        env.put("HOCTAP_DB_USER", database.user());
        env.put("HOCTAP_DB_PASSWORD", database.password());
        env.put("HOCTAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("HOCTAP_MEDIA_JOB_THREADS", "2");
        env.put("HOCTAP_SAMPLES_DIR", samples.toString());
        return env;
    }

    /**
     * Waits until the platform has published version 1 of the sample course and answers {@code column} of that
     * version's row (e.g. {@code course_id}, {@code snapshot}); fails at once when the import failed.
     */
    static String awaitPublished(TestDatabase database, RunningServer server, String column) throws Exception {
        long deadline = System.nanoTime() + PUBLISH.toNanos();
        while (System.nanoTime() < deadline) {
            String value = single(database, "SELECT " + column + " FROM authoring_course_version WHERE number = 1");
            if (value != null) {
                return value;
            }
            if (server.output().contains("The sample course was not loaded")) {
                throw new AssertionError("the import failed:\n" + server.output());
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("no published sample course after " + PUBLISH + ":\n" + server.output());
    }

    /** The platform's base URI, e.g. {@code http://127.0.0.1:40123/}. */
    java.net.URI base() {
        return server.base();
    }

    /** An HTTP client for the platform. */
    HttpClientSupport http() {
        return new HttpClientSupport(base());
    }

    /** The administrator's Basic credentials ({@code admin}). */
    String[] admin() {
        return HttpClientSupport.basic("admin", ADMIN_PASSWORD);
    }

    /** The id of the published sample course. */
    String courseId() {
        return courseId;
    }

    /** The platform's PostgreSQL database (for assertions only; tests act through HTTP). */
    TestDatabase database() {
        return database;
    }

    /** The server's data directory ({@code HOCTAP_DATA_DIR}: secrets, file-system objects), for assertions only. */
    Path dataDirectory() {
        return work.resolve("server").resolve("data");
    }

    /** Everything the server has printed so far. */
    String output() {
        return server.output();
    }

    /** A fresh working directory under this server's own, for a test's files. */
    Path newDirectory(String prefix) throws java.io.IOException {
        return Files.createTempDirectory(work, prefix);
    }

    /** The first column of the first row of a query, or {@code null} when there is no row. */
    static String single(TestDatabase database, String query) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    @Override
    public void close() throws Throwable {
        server.close();
    }

    /** Resolves a {@code SampleCourseServer} parameter to the one server of the whole run. */
    static final class Resolver implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SampleCourseServer.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(SampleCourseServer.class, key -> {
                        try {
                            return start();
                        } catch (RuntimeException | Error e) {
                            throw e;
                        } catch (Exception e) {
                            throw new IllegalStateException("the sample course server did not start", e);
                        }
                    }, SampleCourseServer.class);
        }
    }
}
