package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.slack.http.BoundedBody;
import se.largrupp.slack.support.FakeCore;
import se.largrupp.slack.support.RawPost;
import se.largrupp.slack.support.SlackHarness;

/**
 * Before its signature is checked a body is only bytes from anyone: it is read at most once and never beyond 1 MiB,
 * so forged bodies cannot fill the heap however large or however many.
 */
class SlackRequestLimitsTest {
    static final long HUGE = 64L * 1024 * 1024;
    FakeCore core = new FakeCore();
    SlackHarness h;

    @BeforeEach
    void start() throws Exception {
        h = new SlackHarness(core);
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    Map<String, String> forged() {
        return Map.of("X-Slack-Request-Timestamp", String.valueOf(SlackHarness.now()), "X-Slack-Signature", "v0=" + "00".repeat(32));
    }

    @Test
    void a_body_declared_larger_than_one_mebibyte_is_refused_with_413_without_reading_it() throws Exception {
        RawPost.Result result = RawPost.send(h.endpoint(), forged(), HUGE, true);

        assertThat(result.status()).isEqualTo(413);
        assertThat(h.reads.total()).isZero();
        assertThat(result.bytesWritten()).as("the server stopped taking the body").isLessThan(HUGE);
        assertThat(core.executed()).isEmpty();
    }

    @Test
    void a_chunked_body_is_read_only_up_to_the_limit_then_refused_with_413() throws Exception {
        RawPost.Result result = RawPost.send(h.endpoint(), forged(), HUGE, false);

        assertThat(result.status()).isEqualTo(413);
        assertThat(h.reads.mostByOneRequest()).isBetween((long) BoundedBody.LIMIT, BoundedBody.LIMIT + 1L);
        assertThat(result.bytesWritten()).as("the server stopped taking the body").isLessThan(HUGE);
    }

    @Test
    void a_signed_body_of_exactly_the_limit_is_still_read() throws Exception {
        byte[] body = ("text=" + "å".repeat((BoundedBody.LIMIT - 5) / 2)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body.length).isLessThanOrEqualTo(BoundedBody.LIMIT);

        var response = h.postSigned(body, "application/x-www-form-urlencoded", Map.of());

        assertThat(response.statusCode()).isEqualTo(400); // read, verified, and then refused as a form Slack never sends
    }

    @Test
    void many_concurrent_big_forged_bodies_are_each_read_no_further_than_the_limit() throws Exception {
        int clients = 32;
        long size = 8L * 1024 * 1024;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<RawPost.Result>> results = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                boolean declared = i % 2 == 0;
                results.add(pool.submit(() -> RawPost.send(h.endpoint(), forged(), size, declared)));
            }
            for (Future<RawPost.Result> r : results) assertThat(r.get().status()).isEqualTo(413);
        } finally {
            pool.shutdownNow();
        }

        // Half declared their size (nothing read), half were chunked (read to the limit and one byte): the heap held at
        // most one mebibyte per request, never the 256 MiB that was sent.
        assertThat(h.reads.mostByOneRequest()).isLessThanOrEqualTo(BoundedBody.LIMIT + 1L);
        assertThat(h.reads.total()).isLessThanOrEqualTo((clients / 2) * (BoundedBody.LIMIT + 1L));
        assertThat(core.executed()).isEmpty();
        assertThat(h.slack.calls()).isEmpty();
    }
}
