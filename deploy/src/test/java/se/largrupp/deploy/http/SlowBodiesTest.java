package se.largrupp.deploy.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bodies sent a byte at a time must not starve the server: more slow connections than the server has threads, each
 * dribbling a byte a second into a POST whose handler reads its whole body (as Slack's and Teams' do), while
 * {@code /healthz} keeps answering within a probe's timeout; and the server cuts the dribblers off by itself.
 */
class SlowBodiesTest {
    static final int SLOW_CONNECTIONS = 80;
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
    final List<Socket> slow = new ArrayList<>();
    WebServer web;

    @BeforeEach
    void start() throws Exception {
        web = new WebServer(0, 1000).mount("/healthz", new HealthServlet()).mount("/events", new HttpServlet() {
            @Override
            protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                req.getInputStream().readAllBytes();
                resp.setStatus(200);
            }
        });
        web.start();
    }

    @AfterEach
    void stop() throws Exception {
        for (Socket s : slow) s.close();
        web.stop();
    }

    @Test
    void a_crowd_of_byte_a_second_bodies_leaves_healthz_answering_and_is_cut_off() throws Exception {
        for (int i = 0; i < SLOW_CONNECTIONS; i++) {
            Socket s = new Socket("127.0.0.1", web.port());
            s.setSoTimeout(1);
            s.getOutputStream().write(("POST /events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 10000\r\n\r\nt").getBytes(StandardCharsets.US_ASCII));
            slow.add(s);
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Instant end = Instant.now().plusSeconds(8);
        int probes = 0;
        while (Instant.now().isBefore(end)) {
            for (Socket s : slow) dribble(s);
            Instant asked = Instant.now();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/healthz"))
                    .timeout(PROBE_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            probes++;
            // Pace the dribble at a byte a second: wait out the rest of the second the probe did not take.
            Duration rest = Duration.ofSeconds(1).minus(Duration.between(asked, Instant.now()));
            if (!rest.isNegative()) java.util.concurrent.locks.LockSupport.parkNanos(rest.toNanos());
        }
        assertThat(probes).isGreaterThanOrEqualTo(4);
        assertThat(slow).as("the dribblers, cut off").allMatch(SlowBodiesTest::closedOrAnswered);
    }

    /** One more body byte; a connection the server already ended just stays ended. */
    private static void dribble(Socket s) {
        try {
            OutputStream out = s.getOutputStream();
            out.write('x');
            out.flush();
        } catch (IOException ended) {
            // cut off: what the test wants in the end
        }
    }

    /** The server answered (an error status) or closed the connection. */
    private static boolean closedOrAnswered(Socket s) {
        try {
            InputStream in = s.getInputStream();
            in.read(); // a byte of an answer, or the end of the stream
            return true;
        } catch (java.net.SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }
}
