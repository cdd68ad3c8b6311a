package nl.kenniskompas.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browsers keep a connection to the gateway open and send the next request on it as soon as the previous answer is
 * in, often before the gateway has finished with that previous request; the gateway then holds the new request back
 * until it has. Reactor Netty 1.3.6 forgot to read from such a connection again once the held-back request was
 * answered: the request after it was never read, and the page waited for it for ever (the browser tests' intermittent
 * hang after signing in: Chromium's net log showed a stylesheet request sent on a reused connection and never
 * answered). Two requests sent at once are always held back this way, so this test does not depend on timing.
 */
class KeepingConnectionsAliveTest extends WithLiveServices {

    private static final String SLOW = "/api/v1/keuzehulp/publiek/traag/instrumenten";

    @LocalServerPort
    int port;

    @Test
    void aRequestAfterOneThatWasHeldBackIsAnswered() throws IOException {
        keuzehulpService.answerSlowlyOn(SLOW, Duration.ofMillis(100));
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();

            out.write((get(SLOW) + get("/api/v1/tenants")).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            List<String> statuses = new ArrayList<>();
            statuses.add(readResponse(in));
            statuses.add(readResponse(in));
            out.write(get("/").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            statuses.add(readResponse(in));

            assertThat(statuses).containsExactly("HTTP/1.1 200 OK", "HTTP/1.1 200 OK", "HTTP/1.1 200 OK");
        }
    }

    private static String get(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n\r\n";
    }

    /** Reads one whole response (fixed length or chunked) and returns its status line; a hang ends in a timeout. */
    private static String readResponse(InputStream in) throws IOException {
        String status = line(in);
        long length = 0;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring("content-length:".length()).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line(in).strip(), 16); size > 0; size = Long.parseLong(line(in).strip(), 16)) {
                in.readNBytes((int) size);
                line(in);
            }
            line(in);
        } else {
            in.readNBytes((int) length);
        }
        return status;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new IOException("The gateway closed the connection");
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }
}
