package vn.hoctap.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven over the W3C WebDriver
 * protocol that {@code chromedriver} speaks (plain JSON over HTTP, no client library). Tests skip when either
 * program is missing.
 */
final class ChromeDriverSession implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Process driver;
    private final URI base;
    private final String session;

    ChromeDriverSession() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium or chromedriver missing (apt-get install chromium chromium-driver): skipped");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        base = URI.create("http://127.0.0.1:" + port + "/");
        Instant deadline = Instant.now().plusSeconds(20);
        while (true) {
            try {
                if (call("GET", "status", null).path("value").path("ready").asBoolean()) {
                    break;
                }
            } catch (IOException notYet) {
                // chromedriver is still starting
            }
            if (Instant.now().isAfter(deadline)) {
                driver.destroyForcibly();
                throw new IllegalStateException("chromedriver did not start on port " + port);
            }
            Thread.sleep(100);
        }
        ObjectNode capabilities = JSON.createObjectNode();
        ObjectNode options = capabilities.putObject("capabilities").putObject("alwaysMatch")
                .put("browserName", "chrome").putObject("goog:chromeOptions");
        options.put("binary", CHROMIUM.toString());
        options.putArray("args").add("--headless=new").add("--no-sandbox").add("--disable-gpu")
                .add("--disable-dev-shm-usage").add("--window-size=412,915");
        JsonNode created = call("POST", "session", capabilities);
        session = created.path("value").path("sessionId").asText();
        if (session.isEmpty()) {
            driver.destroyForcibly();
            throw new IllegalStateException("chromedriver refused a session: " + created);
        }
    }

    void open(URI url) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("url", url.toString());
        call("POST", "session/" + session + "/url", body);
    }

    /** Runs JavaScript in the page and returns its result. */
    JsonNode execute(String script) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("script", script);
        body.putArray("args");
        return call("POST", "session/" + session + "/execute/sync", body).path("value");
    }

    /**
     * Runs the script until it returns {@code true} (a script that throws counts as not yet, e.g. while the page
     * loads), polling every 100 ms.
     *
     * @throws AssertionError naming the condition when it does not hold within the timeout
     */
    void waitUntil(String script, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!execute(script).asBoolean(false)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("still false after " + timeout + ": " + script);
            }
            Thread.sleep(100);
        }
    }

    /** Sends a DevTools command to the page (chromedriver's {@code goog/cdp/execute}) and returns its result. */
    JsonNode devTools(String command, ObjectNode params) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("cmd", command);
        body.set("params", params);
        return call("POST", "session/" + session + "/goog/cdp/execute", body).path("value");
    }

    /** Cuts the page off the network (DevTools network emulation), or gives it back. */
    void offline(boolean offline) throws IOException, InterruptedException {
        devTools("Network.enable", JSON.createObjectNode());
        devTools("Network.emulateNetworkConditions", JSON.createObjectNode().put("offline", offline)
                .put("latency", 0).put("downloadThroughput", -1).put("uploadThroughput", -1));
    }

    private JsonNode call(String method, String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    @Override
    public void close() {
        try {
            call("DELETE", "session/" + session, null);
        } catch (IOException | InterruptedException | RuntimeException ignored) {
            // the driver is stopped below anyway
        } finally {
            driver.destroy();
            try {
                if (!driver.waitFor(Duration.ofSeconds(5).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    driver.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                driver.destroyForcibly();
            }
        }
    }
}
