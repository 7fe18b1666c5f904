package vn.hoctap.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import vn.hoctap.core.storage.TestS3Server;

/**
 * The real uber jar ({@code hoctap-server.jar}) started as a separate process, as {@code ./run} starts it, with
 * the environment a test gives it. Its console output goes to a file the test can read.
 */
final class RunningServer implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private RunningServer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static RunningServer start(Path workDir, Map<String, String> environment) {
        try {
            Files.createDirectories(workDir.resolve("tmp"));
            int port = TestS3Server.freePort();
            Path log = workDir.resolve("server.log");
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx640m",
                    "-Djava.io.tmpdir=" + workDir.resolve("tmp"),
                    "-jar", System.getProperty("hoctap.uberJar"),
                    "--port", String.valueOf(port),
                    "--nohazelcast", "--disablephonehome",
                    "--rootdir", workDir.resolve("payara").toString(),
                    "--logproperties", Path.of("src/main/payara/logging.properties").toAbsolutePath().toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("HOCTAP_DATA_DIR", workDir.resolve("data").toString());
            builder.environment().putAll(environment);
            return new RunningServer(builder.start(), log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Waits until readiness answers 200; fails with the server's output if it exits or takes too long. */
    void awaitReady(Duration timeout) throws InterruptedException {
        HttpClientSupport http = new HttpClientSupport(base());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("server exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                if (http.get("health/ready").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("server not ready after " + timeout + ":\n" + output());
    }

    /** Waits for the process to exit by itself and returns its status; fails if it keeps running. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("server still running after " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    /**
     * Kills the server as a machine failure would: the JVM and its child processes (FFmpeg, LibreOffice) at once,
     * with no shutdown hook run.
     */
    void kill() throws Exception {
        java.util.List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        process.waitFor();
        for (ProcessHandle child : children) {
            child.onExit().get(10, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
