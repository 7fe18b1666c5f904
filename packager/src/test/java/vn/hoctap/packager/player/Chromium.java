package vn.hoctap.packager.player;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A real headless Chromium (Debian's {@code /usr/bin/chromium}) driven over the Chrome DevTools Protocol with the
 * JDK's WebSocket client (ADR 0018): one page, JavaScript evaluation, network emulation, request events.
 * Tests are skipped with a message when Chromium is not installed.
 */
final class Chromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<Consumer<JsonNode>> listeners = Collections.synchronizedList(new ArrayList<>());
    final List<String> requestedUrls = Collections.synchronizedList(new ArrayList<>());
    final List<String> consoleLines = Collections.synchronizedList(new ArrayList<>());

    private Chromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    static Path executable() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        Assumptions.abort("Chromium is not installed (apt-get install chromium): the browser tests are skipped");
        return null;
    }

    static Chromium start() throws Exception {
        Path exe = executable();
        Path profile = Files.createTempDirectory("hoctap-chromium-");
        Process process = new ProcessBuilder(exe.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
                "--autoplay-policy=no-user-gesture-required", "--mute-audio", "--window-size=360,740",
                "--remote-debugging-port=0", "--remote-allow-origins=*", "--user-data-dir=" + profile, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String browserUrl = readDevToolsUrl(process);
        URI browser = URI.create(browserUrl);
        HttpClient http = HttpClient.newHttpClient();
        String pageSocket = null;
        for (int attempt = 0; attempt < 50 && pageSocket == null; attempt++) {
            String list = http.send(HttpRequest.newBuilder(URI.create("http://" + browser.getAuthority() + "/json/list"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            for (JsonNode target : JSON.readTree(list)) {
                if ("page".equals(target.path("type").asText())) {
                    pageSocket = target.path("webSocketDebuggerUrl").asText();
                }
            }
            if (pageSocket == null) {
                Thread.sleep(100);
            }
        }
        if (pageSocket == null) {
            process.destroyForcibly();
            throw new IllegalStateException("Chromium opened no page");
        }
        Listener listener = new Listener();
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), listener)
                .get(10, TimeUnit.SECONDS);
        Chromium chromium = new Chromium(process, profile, socket);
        listener.owner = chromium;
        chromium.send("Page.enable", Map.of());
        chromium.send("Runtime.enable", Map.of());
        chromium.send("Network.enable", Map.of());
        // a small phone: 360 CSS pixels wide
        chromium.send("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 740,
                "deviceScaleFactor", 2, "mobile", true));
        chromium.on(event -> {
            String method = event.path("method").asText();
            if ("Network.requestWillBeSent".equals(method)) {
                chromium.requestedUrls.add(event.path("params").path("request").path("url").asText());
            } else if ("Runtime.consoleAPICalled".equals(method)) {
                chromium.consoleLines.add(event.path("params").path("args").toString());
            } else if ("Runtime.exceptionThrown".equals(method)) {
                chromium.consoleLines.add("EXCEPTION " + event.path("params").path("exceptionDetails").toString());
            }
        });
        return chromium;
    }

    private static String readDevToolsUrl(Process process) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        StringBuilder seen = new StringBuilder();
        for (String line; System.nanoTime() < deadline && (line = err.readLine()) != null; ) {
            Matcher m = DEVTOOLS.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        err.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException ignored) {
                        // Chromium exited
                    }
                }, "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
            seen.append(line).append('\n');
        }
        process.destroyForcibly();
        throw new IllegalStateException("Chromium did not start DevTools:\n" + seen);
    }

    void on(Consumer<JsonNode> listener) {
        listeners.add(listener);
    }

    JsonNode send(String method, Map<String, ?> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        synchronized (socket) {
            socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
        }
        JsonNode reply = answer.get(60, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + " failed: " + reply.get("error"));
        }
        return reply.path("result");
    }

    /** Evaluates JavaScript in the page (awaiting a promise) and returns its JSON value. */
    JsonNode eval(String expression) throws Exception {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true,
                "returnByValue", true, "userGesture", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("JavaScript failed: " + expression + "\n" + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Waits until the expression is truthy in the page. */
    void waitFor(String expression, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (eval("!!(" + expression + ")").asBoolean()) {
                    return;
                }
            } catch (IllegalStateException e) {
                // the page is navigating
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + expression + "\nconsole: " + consoleLines);
    }

    void navigate(String url) throws Exception {
        send("Page.navigate", Map.of("url", url));
    }

    void offline(boolean offline) throws Exception {
        send("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Presses and releases a key (e.g. "ArrowRight") as a real keyboard would, on the focused element. */
    void key(String key) throws Exception {
        int code = switch (key) {
            case "ArrowLeft" -> 37;
            case "ArrowRight" -> 39;
            case "Enter" -> 13;
            case "Tab" -> 9;
            default -> 0;
        };
        for (String type : List.of("rawKeyDown", "keyUp")) {
            send("Input.dispatchKeyEvent", Map.of("type", type, "key", key, "code", key,
                    "windowsVirtualKeyCode", code, "nativeVirtualKeyCode", code));
        }
    }

    void click(String selector) throws Exception {
        JsonNode done = eval("(function(){var e=document.querySelector(" + JSON.writeValueAsString(selector)
                + "); if(!e||e.disabled) return false; e.click(); return true;})()");
        if (!done.asBoolean()) {
            throw new AssertionError("cannot click " + selector + "\nconsole: " + consoleLines);
        }
    }

    void dispatch(JsonNode message) {
        if (message.has("id")) {
            CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
            if (answer != null) {
                answer.complete(message);
            }
        } else {
            for (Consumer<JsonNode> listener : List.copyOf(listeners)) {
                listener.accept(message);
            }
        }
    }

    @Override
    public void close() throws Exception {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        } catch (RuntimeException ignored) {
            // already closed
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        children.forEach(ProcessHandle::destroyForcibly);
        deleteQuietly(profile);
    }

    /** Best effort: Chromium's helper processes may still be removing files of the profile. */
    private static void deleteQuietly(Path directory) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try (var files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                return;
            } catch (IOException | java.io.UncheckedIOException e) {
                // a file vanished while walking: walk again
            }
        }
    }

    private static final class Listener implements WebSocket.Listener {
        volatile Chromium owner;
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                try {
                    JsonNode message = JSON.readTree(text);
                    while (owner == null) {
                        Thread.onSpinWait();
                    }
                    owner.dispatch(message);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
