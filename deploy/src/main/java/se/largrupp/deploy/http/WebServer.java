package se.largrupp.deploy.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: Slack, Teams, health and the sandbox on one port, and optionally a management port of its own
 * for {@code /metrics} (which should not be public where the webhooks are). Stopping is graceful: the connectors
 * close, requests in flight get up to the grace period to finish. It tells nothing about itself: no server header,
 * plain error answers ({@link PlainErrors}), no {@code TRACE} ({@link NoTrace}), and every answer carries the
 * browser's security headers ({@link SecurityHeaders}).
 */
public final class WebServer {
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);
    static final int MAX_THREADS = 64, MAX_CONNECTIONS = 512;
    /** Above the sandbox's event-stream heartbeat, which keeps its streams from looking idle. */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);
    private static final String MAIN = "main", MANAGEMENT = "management";

    private final Server server;
    private final String host;
    private final ContextHandlerCollection contexts = new ContextHandlerCollection();
    private final ServletContextHandler context;
    private final ServerConnector connector;
    private final List<Filter> filters = new ArrayList<>();
    private ServletContextHandler management;
    private ServerConnector managementConnector;

    /** On every interface. */
    public WebServer(int port, long graceMillis) {
        this(null, port, graceMillis);
    }

    /** @param host the address to listen on, or null for every interface */
    public WebServer(String host, int port, long graceMillis) {
        this.host = host;
        // Bounded threads; the queue is not (Jetty warns against a bounded one), the number of connections is.
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4);
        threads.setName("http");
        server = new Server(threads);
        connector = connector(MAIN, port);
        context = context(MAIN);
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, server));
        server.setErrorHandler(new PlainErrors());
        server.setHandler(new SecurityHeaders(new NoTrace(new GracefulHandler(SlowBodies.holdNoThread(contexts)))));
        server.setStopTimeout(graceMillis);
        server.setStopAtShutdown(false); // our own shutdown hook orders the stop
    }

    private ServerConnector connector(String name, int port) {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false); // no "Server: Jetty(…)": nothing to look a version's holes up by
        http.setSendXPoweredBy(false);
        // A body read by a servlet beyond what was loaded eagerly must keep up this rate, or the read fails.
        http.setMinRequestDataRate(SlowBodies.MIN_BYTES_PER_SECOND);
        ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
        c.setName(name);
        c.setHost(host);
        c.setPort(port);
        c.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        server.addConnector(c);
        return c;
    }

    /** A context that answers only on the connector of that name. */
    private ServletContextHandler context(String connectorName) {
        ServletContextHandler c = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        c.setContextPath("/");
        c.setVirtualHosts(List.of("@" + connectorName));
        c.setErrorHandler(new PlainErrors());
        contexts.addHandler(c);
        return c;
    }

    /** Adds the management port (on the same address); call before {@link #start}. */
    public WebServer management(int port) {
        managementConnector = connector(MANAGEMENT, port);
        management = context(MANAGEMENT);
        filters.forEach(f -> addFilter(management, f));
        return this;
    }

    public WebServer mount(String pathSpec, HttpServlet servlet) {
        return mount(context, pathSpec, servlet);
    }

    /** Mounts on the management port; does nothing without one. */
    public WebServer mountManagement(String pathSpec, HttpServlet servlet) {
        return management == null ? this : mount(management, pathSpec, servlet);
    }

    private WebServer mount(ServletContextHandler on, String pathSpec, HttpServlet servlet) {
        ServletHolder holder = new ServletHolder(servlet);
        holder.setAsyncSupported(true);
        on.addServlet(holder, pathSpec);
        return this;
    }

    /** A filter for every request on every port; filters run in the order added. */
    public WebServer filter(Filter filter) {
        filters.add(filter);
        addFilter(context, filter);
        if (management != null) addFilter(management, filter);
        return this;
    }

    private static void addFilter(ServletContextHandler on, Filter filter) {
        FilterHolder holder = new FilterHolder(filter);
        holder.setAsyncSupported(true);
        on.addFilter(holder, "/*", EnumSet.of(DispatcherType.REQUEST));
    }

    public void start() throws Exception {
        server.start();
    }

    /** The bound port (useful with port 0 in tests). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The bound management port, or -1 without one. */
    public int managementPort() {
        return managementConnector == null ? -1 : managementConnector.getLocalPort();
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    /**
     * Stops gracefully. When requests are still running at the end of the grace period Jetty stops anyway and
     * reports a timeout; that is logged, not thrown, because the server is stopped either way.
     */
    public void stop() throws Exception {
        try {
            server.stop();
        } catch (TimeoutException e) {
            log.warn("graceful stop: requests still running after the grace period were cut off");
        }
    }
}
