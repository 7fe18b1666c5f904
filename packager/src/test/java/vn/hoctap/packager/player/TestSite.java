package vn.hoctap.packager.player;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server for the browser tests: serves an unzipped package under {@code /pkg/}, a recording LRS
 * under {@code /xapi/} (statements stored once per id, as an LRS does; every POST recorded), the cmi5 fetch URL
 * at {@code /fetch} (answers the token once), and extra pages registered by the test.
 */
final class TestSite implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = "dGVzdDp0b2tlbg==";

    private final HttpServer server;
    private final Path root;
    final Map<String, String> pages = new ConcurrentHashMap<>();
    /** Statements stored, in arrival order, once per id. */
    final List<JsonNode> statements = Collections.synchronizedList(new ArrayList<>());
    /** Every statement id received, in arrival order, with repeats. */
    final List<String> received = Collections.synchronizedList(new ArrayList<>());
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    final Map<String, String> documents = new ConcurrentHashMap<>();
    volatile int fetchCalls;
    /** When positive, that many statement POSTs are stored and then answered 503 (a response lost on the way). */
    final java.util.concurrent.atomic.AtomicInteger losePostResponses = new java.util.concurrent.atomic.AtomicInteger();
    volatile String launchData = "{}";
    volatile String preferences;

    TestSite(byte[] packageZip) throws IOException {
        root = Files.createTempDirectory("hoctap-package-");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(packageZip))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path file = root.resolve(entry.getName()).normalize();
                Files.createDirectories(file.getParent());
                Files.write(file, zip.readAllBytes());
            }
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    /** Where the package was unzipped. */
    Path packageDirectory() {
        return root;
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<String> verbs() {
        synchronized (statements) {
            return statements.stream().map(s -> {
                String id = s.path("verb").path("id").asText();
                return id.substring(id.lastIndexOf('/') + 1);
            }).toList();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            exchange.getResponseHeaders().add("Cache-Control", "no-store");
            if (path.startsWith("/pkg/")) {
                serveFile(exchange, root.resolve(path.substring(5)).normalize());
            } else if (path.equals("/fetch")) {
                fetchCalls++;
                String body = fetchCalls == 1 ? "{\"auth-token\":\"" + TOKEN + "\"}"
                        : "{\"error-code\":\"1\",\"error-text\":\"already used\"}";
                send(exchange, 200, "application/json", body);
            } else if (path.startsWith("/xapi/")) {
                xapi(exchange, path.substring(6));
            } else if (pages.containsKey(path)) {
                send(exchange, 200, "text/html; charset=utf-8", pages.get(path));
            } else {
                send(exchange, 404, "text/plain", "not found");
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
        }
    }

    private void xapi(HttpExchange exchange, String resource) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (!("Basic " + TOKEN).equals(auth)) {
            send(exchange, 401, "text/plain", "wrong authorization: " + auth);
            return;
        }
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String method = exchange.getRequestMethod();
        if (resource.equals("statements") && method.equals("POST")) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            ArrayNode ids = JSON.createArrayNode();
            for (JsonNode statement : body.isArray() ? body : JSON.createArrayNode().add(body)) {
                String id = statement.path("id").asText();
                received.add(id);
                ids.add(id);
                synchronized (statements) {
                    if (statements.stream().noneMatch(s -> s.path("id").asText().equals(id))) {
                        statements.add(statement);
                    }
                }
            }
            if (losePostResponses.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                send(exchange, 503, "text/plain", "stored, but the answer is lost");
                return;
            }
            send(exchange, 200, "application/json", JSON.writeValueAsString(ids));
        } else if (resource.equals("activities/state")) {
            String key = query.get("activityId") + "|" + query.get("registration") + "|" + query.get("stateId");
            if ("LMS.LaunchData".equals(query.get("stateId"))) {
                if (method.equals("GET")) {
                    send(exchange, 200, "application/json", launchData);
                } else {
                    send(exchange, 403, "text/plain", "an AU must not change LMS.LaunchData");
                }
            } else if (method.equals("PUT") || method.equals("POST")) {
                documents.put(key, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(204, -1);
            } else if (documents.containsKey(key)) {
                send(exchange, 200, "application/json", documents.get(key));
            } else {
                send(exchange, 404, "text/plain", "no document");
            }
        } else if (resource.equals("agents/profile")) {
            if (preferences != null && "cmi5LearnerPreferences".equals(query.get("profileId"))) {
                send(exchange, 200, "application/json", preferences);
            } else {
                send(exchange, 404, "text/plain", "no profile");
            }
        } else {
            send(exchange, 404, "text/plain", "unknown resource " + resource);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> map = new LinkedHashMap<>();
        if (raw == null) {
            return map;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                map.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return map;
    }

    private void serveFile(HttpExchange exchange, Path file) throws IOException {
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            send(exchange, 404, "text/plain", "not found");
            return;
        }
        String name = file.getFileName().toString();
        String type = name.endsWith(".html") ? "text/html; charset=utf-8"
                : name.endsWith(".js") ? "text/javascript; charset=utf-8"
                : name.endsWith(".css") ? "text/css; charset=utf-8"
                : name.endsWith(".png") ? "image/png"
                : name.endsWith(".mp4") ? "video/mp4"
                : name.endsWith(".m4a") ? "audio/mp4"
                : name.endsWith(".vtt") ? "text/vtt; charset=utf-8" : "application/octet-stream";
        byte[] bytes = Files.readAllBytes(file);
        String range = exchange.getRequestHeaders().getFirst("Range");
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("Accept-Ranges", "bytes");
        if (range != null && range.startsWith("bytes=")) {
            String[] parts = range.substring(6).split("-", -1);
            int start = Integer.parseInt(parts[0]);
            int end = parts[1].isEmpty() ? bytes.length - 1 : Math.min(bytes.length - 1, Integer.parseInt(parts[1]));
            if (start >= bytes.length) {
                exchange.getResponseHeaders().add("Content-Range", "bytes */" + bytes.length);
                exchange.sendResponseHeaders(416, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Range", "bytes " + start + "-" + end + "/" + bytes.length);
            exchange.sendResponseHeaders(206, end - start + 1);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes, start, end - start + 1);
            }
            return;
        }
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
