package nl.kenniskompas.infra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every port the platform listens on; the defaults are those of docs/local-contract.md. */
public record Ports(int gateway, int caseService, int voteService, int discussionService, int dilemmaIntakeService,
                    int keuzehulpService, int identityProvider, int kafka, int kafkaController, int mongo) {

    public static Ports defaults() {
        return new Ports(8080, 8081, 8082, 8083, 8084, 8085, 9000, 9092, 9093, 27017);
    }

    /** Ports the operating system hands out now, so a test platform never collides with a developer's. */
    public static Ports free() {
        List<ServerSocket> held = new ArrayList<>();
        try {
            int[] p = new int[10];
            for (int i = 0; i < p.length; i++) {
                ServerSocket socket = new ServerSocket(0);
                held.add(socket);
                p[i] = socket.getLocalPort();
            }
            return new Ports(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9]);
        } catch (IOException e) {
            throw new IllegalStateException("Could not find free ports", e);
        } finally {
            held.forEach(Ports::closeQuietly);
        }
    }

    /** One port the operating system hands out now (e.g. for another gateway instance). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("Could not find a free port", e);
        }
    }

    public int service(String name) {
        return switch (name) {
            case "case-service" -> caseService;
            case "vote-service" -> voteService;
            case "discussion-service" -> discussionService;
            case "dilemma-intake-service" -> dilemmaIntakeService;
            case "keuzehulp-service" -> keuzehulpService;
            default -> throw new IllegalArgumentException("No port for " + name);
        };
    }

    public Map<String, Integer> byComponent() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("Kafka broker", kafka);
        ports.put("Kafka controller", kafkaController);
        ports.put("MongoDB wire-protocol server", mongo);
        ports.put("dev-identity-provider", identityProvider);
        for (String service : LocalPlatform.SERVICES) {
            ports.put(service, service(service));
        }
        ports.put("gateway", gateway);
        return ports;
    }

    /** Fails before anything starts, rather than halfway with a bind error buried in a log file. */
    public void requireAllFree() {
        List<String> taken = new ArrayList<>();
        byComponent().forEach((component, port) -> {
            if (!isFree(port)) {
                taken.add("port " + port + " (" + component + ")");
            }
        });
        if (!taken.isEmpty()) {
            throw new PlatformStartException("Already in use: " + String.join(", ", taken) + ". Is the platform "
                    + "already running (another ./kenniskompas)? Stop it, or free the port"
                    + (taken.size() > 1 ? "s" : "") + " and try again.");
        }
    }

    static boolean isFree(int port) {
        // The wildcard address conflicts with a listener on any interface, loopback included.
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the port is released either way when this JVM exits
        }
    }
}
