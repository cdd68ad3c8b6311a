package nl.kenniskompas.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP backend standing in for one service. It echoes what reached it (service, method, path, the headers
 * the gateway must relay, body size) and counts calls per method and path. Chosen paths answer 503 or never answer.
 */
final class FakeService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final HttpServer server;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Set<String> unavailablePaths = ConcurrentHashMap.newKeySet();
    private final Set<String> hangingPaths = ConcurrentHashMap.newKeySet();
    private final Map<String, Duration> streamingPaths = new ConcurrentHashMap<>();
    private final Map<String, Duration> slowPaths = new ConcurrentHashMap<>();
    private static final int STREAMED_EVENTS = 3;

    private FakeService(String name) {
        this.name = name;
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    static FakeService start(String name) {
        return new FakeService(name);
    }

    /** A URL nothing listens on: the port was free a moment ago and is closed again. */
    static String closedPortUrl() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://localhost:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** From now on this path answers 503, as a service does while it is unhealthy. */
    void answerUnavailableOn(String path) {
        unavailablePaths.add(path);
    }

    /** From now on this path accepts the request and never answers. */
    void hangOn(String path) {
        hangingPaths.add(path);
    }

    /** From now on this path answers a server-sent-event stream of three events, {@code gap} apart, then ends. */
    void streamSlowlyOn(String path, Duration gap) {
        streamingPaths.put(path, gap);
    }

    /** From now on this path answers normally, but only after {@code delay}. */
    void answerSlowlyOn(String path, Duration delay) {
        slowPaths.put(path, delay);
    }

    int calls(String method, String path) {
        AtomicInteger count = calls.get(method + " " + path);
        return count == null ? 0 : count.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        calls.computeIfAbsent(exchange.getRequestMethod() + " " + path, key -> new AtomicInteger()).incrementAndGet();
        if (hangingPaths.contains(path)) {
            return; // the exchange stays open until the gateway gives up
        }
        if (streamingPaths.containsKey(path)) {
            stream(exchange, streamingPaths.get(path));
            return;
        }
        int bodyLength;
        try (InputStream body = exchange.getRequestBody()) {
            bodyLength = body.readAllBytes().length;
        }
        if (slowPaths.containsKey(path)) {
            try {
                Thread.sleep(slowPaths.get(path).toMillis()); // a fake backend that is slow on purpose
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (unavailablePaths.contains(path)) {
            send(exchange, 503, Map.of("service", name));
            return;
        }
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("service", name);
        echo.put("method", exchange.getRequestMethod());
        echo.put("path", path);
        echo.put("bodyLength", bodyLength);
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((header, values) -> headers.put(header.toLowerCase(), String.join(",", values)));
        echo.put("headers", headers);
        send(exchange, 200, echo);
    }

    private static void stream(HttpExchange exchange, Duration gap) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (var out = exchange.getResponseBody()) {
            for (int event = 1; event <= STREAMED_EVENTS; event++) {
                out.write(("id: " + event + "\ndata: {\"event\":" + event + "}\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (event < STREAMED_EVENTS) {
                    try {
                        Thread.sleep(gap.toMillis()); // a fake backend that is slow on purpose
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
