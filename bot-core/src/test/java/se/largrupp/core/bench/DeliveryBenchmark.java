package se.largrupp.core.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import se.largrupp.core.delivery.JdbcOutbox;
import se.largrupp.core.delivery.OutboxSender;
import se.largrupp.core.delivery.OutboxStore;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.storage.Database;

/**
 * Benchmark (2) of issue 4: N nudges, all due in the same minute, through {@link RateLimitedGateway} (1 message per
 * second per channel, W per second per workspace, 429 + Retry-After beyond). It reports delivered, duplicates and the
 * total time against the rate-limit bound, max(N / W, messages per channel - 1) seconds, measured in the same run.
 * Defaults: N = 10,000, 1,000 channels (10 each), W = 125/s, so the bound is 80 s.
 *
 * <pre>
 * mvn -o -q -pl bot-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=se.largrupp.core.bench.DeliveryBenchmark [-Dbench.messages=10000 -Dbench.channels=1000 -Dbench.workspace=125]
 * </pre>
 * A warm-up run of 1,000 messages comes first ({@code -Dbench.warmup=0} skips it). Add {@code -Dbench.naive=true}
 * to also run a sender without proactive pacing, for comparison; {@code -Dbench.trace=true} prints each second.
 */
public final class DeliveryBenchmark {
    public static void main(String[] args) throws Exception {
        int messages = Integer.getInteger("bench.messages", 10_000);
        int channels = Integer.getInteger("bench.channels", 1_000);
        int workspace = Integer.getInteger("bench.workspace", 125);
        double bound = Math.max((double) messages / workspace, Math.ceil((double) messages / channels) - 1);

        List<String[]> rows = new ArrayList<>();
        OutboxSender.Options paced = OutboxSender.Options.defaults().withWorkers(16)
                .withConversationInterval(Duration.ofSeconds(1)).withMaxPerSecond(workspace * 0.98);
        // Warm-up (JIT, H2, HTTP client) on a separate database and gateway; reported, not judged.
        int warmup = Integer.getInteger("bench.warmup", 1_000);
        if (warmup > 0) {
            rows.add(run("warm-up (not judged)", paced, warmup, channels, workspace,
                    Math.max((double) warmup / workspace, Math.ceil((double) warmup / channels) - 1)));
        }
        rows.add(run("paced (1/s per channel, 98% of W)", paced, messages, channels, workspace, bound));
        if (Boolean.getBoolean("bench.naive")) {
            OutboxSender.Options naive = paced.withConversationInterval(Duration.ZERO).withMaxPerSecond(0);
            rows.add(run("naive (429s only)", naive, messages, channels, workspace, bound));
        }

        System.out.printf("%nDelivery benchmark: %,d nudges due at once, %,d channels, workspace limit %d/s, bound %.1f s%n",
                messages, channels, workspace, bound);
        System.out.printf("%-36s %10s %10s %10s %12s %12s %10s %8s%n",
                "sender", "delivered", "duplicates", "parked", "429/channel", "429/workspace", "time s", "ratio");
        for (String[] r : rows) System.out.printf("%-36s %10s %10s %10s %12s %12s %10s %8s%n", (Object[]) r);
        System.out.println("goals: duplicates 0, ratio <= 1.10 (time / rate-limit bound)");
    }

    private static String[] run(String name, OutboxSender.Options options, int messages, int channels, int workspace,
                                double bound) throws Exception {
        String url = "jdbc:h2:mem:bench" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (Database db = Database.open(url, "sa", "", 24); RateLimitedGateway gateway = new RateLimitedGateway(workspace)) {
            JdbcOutbox outbox = new JdbcOutbox(db.jdbc(), Clock.systemUTC(), false);
            for (int from = 0; from < messages; from += 500) {
                int start = from;
                db.transactions().inTransaction(() -> {
                    for (int i = start; i < Math.min(messages, start + 500); i++) {
                        outbox.add(OutgoingMessage.post("nudge:" + i, new ConversationRef("slack:T1:C" + (i % channels)),
                                Message.text("Tomorrow 12:00: bring a current situation or challenge. (" + i + ")")));
                    }
                });
            }
            OutboxStore store = new OutboxStore(db.jdbc(), db.transactions());
            OutboxSender sender = new OutboxSender(store, new GatewayMessages(gateway.uri()), Clock.systemUTC(), options);
            long started = System.nanoTime();
            sender.start();
            long deadline = started + Duration.ofMinutes(10).toNanos();
            int lastAccepted = 0;
            while (store.count("delivered") + store.count("parked") < messages && System.nanoTime() < deadline) {
                Thread.sleep(1000);
                if (Boolean.getBoolean("bench.trace")) {
                    int now = gateway.accepted();
                    System.out.printf("t=%.0f s accepted %d/s (429: %d channel, %d workspace)%n", (System.nanoTime() - started) / 1e9,
                            now - lastAccepted, gateway.channelLimited(), gateway.workspaceLimited());
                    lastAccepted = now;
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            sender.close();
            return new String[] {name, String.valueOf(store.count("delivered")), String.valueOf(gateway.duplicates()),
                String.valueOf(store.count("parked")), String.valueOf(gateway.channelLimited()),
                String.valueOf(gateway.workspaceLimited()), String.format("%.1f", seconds), String.format("%.3f", seconds / bound)};
        }
    }
}
