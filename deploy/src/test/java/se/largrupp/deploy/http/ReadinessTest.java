package se.largrupp.deploy.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.largrupp.deploy.Http;

class ReadinessTest {
    @Test
    void readyz_is_503_with_the_reason_while_a_check_fails() throws Exception {
        Readiness readiness = new Readiness()
                .add("database", Optional::empty)
                .add("scheduler", () -> Optional.of("not started"));
        WebServer web = new WebServer(0, 1000).mount("/readyz", new ReadinessServlet(readiness));
        web.start();
        try {
            var r = Http.get(web.port(), "/readyz");
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.body()).isEqualTo("not ready\nscheduler: not started\n");
        } finally {
            web.stop();
        }
    }

    @Test
    void a_stopping_instance_is_not_ready() {
        Readiness readiness = new Readiness().add("database", Optional::empty);
        readiness.stopping();
        assertThat(readiness.problems()).containsExactly("shutting down");
    }

    @Test
    void a_check_that_throws_counts_as_a_problem_without_its_message() {
        Readiness readiness = new Readiness().add("database", () -> {
            throw new IllegalStateException("password=hunter2");
        });
        assertThat(readiness.problems()).containsExactly("database: IllegalStateException");
    }
}
