package se.largrupp.deploy;

import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.storage.Database;
import se.largrupp.deploy.config.Settings;
import se.largrupp.deploy.http.HealthServlet;
import se.largrupp.deploy.http.MetricsServlet;
import se.largrupp.deploy.http.Readiness;
import se.largrupp.deploy.http.ReadinessServlet;
import se.largrupp.deploy.http.RequestLogFilter;
import se.largrupp.deploy.http.WebServer;

/**
 * The composition root: storage, the core, the scheduler, the outbox sender, the configured adapters (or the
 * sandbox) and one HTTP server. {@link #stop} undoes it in reverse order, gracefully.
 */
public final class Application {
    private static final Logger log = LoggerFactory.getLogger(Application.class);

    private final Deque<Step> stops = new ArrayDeque<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Readiness readiness = new Readiness();
    private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private WebServer web;
    private boolean stopping;

    /** Something to undo at stop; failures are logged and the rest still runs. */
    private interface Step {
        void run() throws Exception;
    }

    private Application() {}

    public static Application start(Settings settings) throws Exception {
        Application app = new Application();
        try {
            app.wire(settings);
        } catch (Exception | Error e) {
            app.stop();
            throw e;
        }
        return app;
    }

    private void wire(Settings settings) throws Exception {
        long begin = System.nanoTime();
        new JvmMemoryMetrics().bindTo(meters);
        new JvmThreadMetrics().bindTo(meters);
        new UptimeMetrics().bindTo(meters);

        Database database = Database.open(settings.databaseUrl(), settings.databaseUser().orElse(null),
                settings.databasePassword().orElse(null));
        onStop("database", database::close);
        readiness.add("database", () -> database.ready() ? Optional.empty() : Optional.of("unreachable, or a migration failed"));
        new DatabaseGauges(database.dataSource()).register(meters);

        web = new WebServer(settings.port(), settings.shutdownGraceSeconds() * 1000L)
                .filter(new RequestLogFilter(meters))
                .mount("/healthz", new HealthServlet())
                .mount("/readyz", new ReadinessServlet(readiness))
                .mount("/metrics", new MetricsServlet(meters));
        web.start();
        onStop("http server", web::stop);
        log.atInfo().setMessage("started")
                .addKeyValue("port", web.port())
                .addKeyValue("database", database.vendor().folder())
                .addKeyValue("sandbox", settings.sandbox())
                .addKeyValue("startup_ms", (System.nanoTime() - begin) / 1_000_000)
                .log();
    }

    private void onStop(String what, Step step) {
        stops.push(() -> {
            try {
                step.run();
            } catch (Exception e) {
                log.warn("stopping the {} failed: {}", what, e.toString());
            }
        });
    }

    public int port() {
        return web.port();
    }

    public PrometheusMeterRegistry meters() {
        return meters;
    }

    /**
     * Graceful stop (the SIGTERM hook calls this): report not ready, stop taking requests and let those in flight
     * finish, then stop the adapters, the outbox sender (undelivered messages stay in the outbox) and the scheduler.
     */
    public void stop() {
        synchronized (this) {
            if (stopping) return;
            stopping = true;
        }
        log.info("stopping");
        readiness.stopping();
        while (!stops.isEmpty()) {
            try {
                stops.pop().run();
            } catch (Exception e) {
                log.warn("stop step failed: {}", e.toString());
            }
        }
        log.info("stopped");
        stopped.countDown();
    }

    public void awaitStop() throws InterruptedException {
        stopped.await();
    }
}
