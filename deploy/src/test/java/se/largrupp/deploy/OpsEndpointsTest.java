package se.largrupp.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.largrupp.deploy.config.Settings;

/**
 * /healthz, /readyz and /metrics of a real server on H2, over HTTP: the probes on both ports, the metrics only on the
 * management port.
 */
class OpsEndpointsTest {
    static Application app;

    @BeforeAll
    static void start() throws Exception {
        app = Application.start(Settings.of(Map.of(
                "PORT", "0",
                "LARGRUPP_MANAGEMENT_PORT", "0",
                "DATABASE_URL", "jdbc:h2:mem:ops-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "LARGRUPP_SANDBOX", "false")));
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void healthz_answers_ok() throws Exception {
        var r = Http.get(app.port(), "/healthz");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("ok\n");
    }

    @Test
    void readyz_is_ready_once_the_database_is_migrated() throws Exception {
        var r = Http.get(app.port(), "/readyz");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("ready\n");
    }

    @Test
    void the_probes_answer_on_the_management_port_too_and_the_metrics_nowhere_else() throws Exception {
        assertThat(app.managementPort()).isPositive().isNotEqualTo(app.port());
        assertThat(Http.get(app.managementPort(), "/healthz").statusCode()).isEqualTo(200);
        assertThat(Http.get(app.managementPort(), "/readyz").statusCode()).isEqualTo(200);
        assertThat(Http.get(app.port(), "/metrics").statusCode()).as("metrics on the public port").isEqualTo(404);
    }

    @Test
    void without_the_sandbox_the_server_listens_on_every_interface() throws Exception {
        java.util.Optional<java.net.InetAddress> lan = Interfaces.nonLoopback();
        org.junit.jupiter.api.Assumptions.assumeTrue(lan.isPresent(), "this machine has no address but loopback");
        try (java.net.Socket s = new java.net.Socket(lan.get(), app.port())) {
            assertThat(s.isConnected()).isTrue();
        }
    }

    @Test
    void metrics_are_prometheus_text_with_request_counts_by_adapter_and_outcome() throws Exception {
        Http.get(app.port(), "/healthz");
        Http.get(app.port(), "/no-such-page");
        var r = Http.get(app.managementPort(), "/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
        assertThat(r.body())
                .contains("largrupp_http_requests_total{adapter=\"ops\",outcome=\"ok\"}")
                .contains("largrupp_http_requests_total{adapter=\"other\",outcome=\"client_error\"}")
                .contains("largrupp_groups_active 0.0")
                .contains("largrupp_leaders_active 0.0")
                .contains("largrupp_outbox_pending 0.0")
                .contains("largrupp_scheduler_misfires_total 0.0");
    }
}
