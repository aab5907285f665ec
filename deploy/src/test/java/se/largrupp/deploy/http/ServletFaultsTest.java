package se.largrupp.deploy.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.deploy.CapturedLog;
import se.largrupp.deploy.Http;

/** What a servlet throws is answered plainly and logged without the values its message quotes. */
class ServletFaultsTest {
    WebServer web;

    @BeforeEach
    void start() throws Exception {
        web = new WebServer(0, 1000).filter(new ServletFaults())
                .mount("/json", new HttpServlet() {
                    @Override
                    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                        new ObjectMapper().readTree(req.getInputStream()); // throws on bad JSON, quoting it
                    }
                })
                .mount("/broken", new HttpServlet() {
                    @Override
                    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
                        throw new IllegalStateException("Value too long for column DISPLAY_NAME: 'Åsa Öberg'");
                    }
                });
        web.start();
    }

    @AfterEach
    void stop() throws Exception {
        web.stop();
    }

    @Test
    void bad_json_is_a_plain_400_and_the_log_repeats_nothing_of_it() throws Exception {
        try (CapturedLog log = new CapturedLog()) {
            var r = Http.post(web.port(), "/json", "{\"token\": SECRET-xoxb-value}");
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
            assertThat(r.body()).isEqualTo("400 Bad Request\n");
            assertThat(log.text()).doesNotContain("SECRET", "xoxb");
        }
    }

    @Test
    void a_fault_is_a_plain_500_logged_by_class_and_place_without_its_message() throws Exception {
        try (CapturedLog log = new CapturedLog()) {
            var r = Http.get(web.port(), "/broken");
            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(r.body()).isEqualTo("500 Server Error\n");
            assertThat(log.text()).contains("java.lang.IllegalStateException at se.largrupp.deploy.http.ServletFaultsTest")
                    .doesNotContain("Åsa", "DISPLAY_NAME");
        }
    }
}
