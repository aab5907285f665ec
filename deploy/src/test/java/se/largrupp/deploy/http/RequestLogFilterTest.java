package se.largrupp.deploy.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import se.largrupp.deploy.Http;

class RequestLogFilterTest {
    @Test
    void one_line_per_request_names_adapter_command_outcome_and_duration_but_no_body_or_query() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger("largrupp.request");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        logger.setLevel(Level.INFO);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        WebServer web = new WebServer(0, 1000).filter(new RequestLogFilter(meters))
                .mount("/sandbox/api/*", new HttpServlet() {
                    @Override
                    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                        RequestTrace.command("start");
                        resp.getWriter().write("{}");
                    }
                });
        web.start();
        try {
            Http.post(web.port(), "/sandbox/api/command?token=xoxb-secret", "{\"text\":\"start Åsa has a hard boss\"}");
        } finally {
            web.stop();
            logger.detachAppender(lines);
        }
        ILoggingEvent line = lines.list.get(0);
        String kv = line.getKeyValuePairs().stream().map(p -> p.key + "=" + p.value).collect(Collectors.joining(" "));
        assertThat(kv).startsWith("adapter=sandbox method=POST path=/sandbox/api/command command=start status=200 outcome=ok duration_ms=");
        assertThat(line.getFormattedMessage() + kv).doesNotContain("xoxb-secret", "Åsa", "boss");
        assertThat(meters.get("largrupp.http.requests").tags("adapter", "sandbox", "outcome", "ok").counter().count()).isOne();
    }
}
