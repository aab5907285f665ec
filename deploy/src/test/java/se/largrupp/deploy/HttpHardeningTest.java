package se.largrupp.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.largrupp.deploy.config.Settings;

/**
 * The running server tells nothing about itself (issue 10, finding 10): no server name or version, plain error
 * answers without exception classes or messages, and no TRACE on any path; every answer carries the browser's
 * security headers, and the sandbox listens only on loopback (finding 15). Sandbox and Teams (dev mode) are mounted.
 */
class HttpHardeningTest {
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final List<String> PATHS = List.of("/", "/healthz", "/readyz", "/sandbox/api/people", "/api/messages", "/no-such-page");
    static Application app;

    @BeforeAll
    static void start() throws Exception {
        app = Application.start(Settings.of(Map.of("PORT", "0", "LARGRUPP_MANAGEMENT_PORT", "0", "TEAMS_DEV_MODE", "true",
                "DATABASE_URL", "jdbc:h2:mem:hardening-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")));
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(10)).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void no_answer_names_the_server_or_its_version() throws Exception {
        for (String path : PATHS) {
            for (String method : List.of("GET", "POST", "TRACE")) {
                var r = send(method, path, method.equals("POST") ? "{}" : null, "Content-Type", "application/json");
                assertThat(r.headers().firstValue("Server")).as(method + " " + path).isEmpty();
                assertThat(r.headers().firstValue("X-Powered-By")).as(method + " " + path).isEmpty();
                assertThat(r.body()).as(method + " " + path).doesNotContainIgnoringCase("jetty");
            }
        }
    }

    @Test
    void trace_is_refused_on_every_path_and_echoes_nothing() throws Exception {
        for (String path : PATHS) {
            var r = send("TRACE", path, null, "Authorization", "Bearer secret-token-value", "X-Probe", "echo-me");
            assertThat(r.statusCode()).as(path).isEqualTo(405);
            assertThat(r.body()).as(path).doesNotContain("secret-token-value", "echo-me");
        }
    }

    @Test
    void error_answers_are_plain_text_with_the_status_only() throws Exception {
        var missing = send("GET", "/no-such-page", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
        assertThat(missing.body()).isEqualTo("404 Not Found\n");

        var badJson = send("POST", "/sandbox/api/command", "{\"me\": SECRET-xyz", "Content-Type", "application/json");
        assertThat(badJson.statusCode()).isEqualTo(400);
        assertThat(badJson.body()).isEqualTo("400 Bad Request\n");
    }

    @Test
    void bad_json_to_teams_is_a_400_whose_answer_and_log_repeat_nothing_of_it() throws Exception {
        try (CapturedLog log = new CapturedLog()) {
            var r = send("POST", "/api/messages", "{\"type\":\"message\",\"text\": SECRET-teams-token", "Content-Type", "application/json");
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).doesNotContain("SECRET", "Exception", "Json");
            assertThat(log.text()).doesNotContain("SECRET");
        }
    }

    @Test
    void every_answer_carries_the_security_headers_errors_included() throws Exception {
        List<HttpResponse<String>> answers = new java.util.ArrayList<>();
        for (String path : PATHS) {
            answers.add(send("GET", path, null));
            answers.add(send("TRACE", path, null));
        }
        answers.add(send("POST", "/sandbox/api/command", "{bad", "Content-Type", "application/json"));
        answers.add(send("POST", "/sandbox/api/command", "{}", "Content-Type", "text/plain"));
        answers.add(CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.managementPort() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()));
        for (HttpResponse<String> r : answers) {
            String what = r.request().method() + " " + r.uri() + " " + r.statusCode();
            assertThat(r.headers().firstValue("X-Frame-Options")).as(what).contains("DENY");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(what).contains("no-referrer");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(what).get().asString()
                    .contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'");
        }
        assertThat(answers).extracting(HttpResponse::statusCode).contains(200, 400, 404, 405, 415);
    }

    @Test
    void the_sandbox_listens_only_on_this_machine() throws Exception {
        java.util.Optional<java.net.InetAddress> lan = Interfaces.nonLoopback();
        org.junit.jupiter.api.Assumptions.assumeTrue(lan.isPresent(), "this machine has no address but loopback");
        for (int port : new int[] {app.port(), app.managementPort()}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Socket(lan.get(), port).close())
                    .as("port " + port + " on " + lan.get()).isInstanceOf(java.net.ConnectException.class);
        }
    }

    @Test
    void a_request_the_parser_refuses_gets_a_plain_400() throws Exception {
        try (Socket s = new Socket("127.0.0.1", app.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header: <script>\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400 ").doesNotContainIgnoringCase("jetty").doesNotContain("<script>", "<html")
                    .contains("X-Frame-Options: DENY", "X-Content-Type-Options: nosniff");
        }
    }
}
