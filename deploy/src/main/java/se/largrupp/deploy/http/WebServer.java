package se.largrupp.deploy.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.util.EnumSet;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP server: Slack, Teams, health, metrics and the sandbox share a port. Stopping is graceful: the
 * connector closes, requests in flight get up to the grace period to finish.
 */
public final class WebServer {
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);
    private final Server server;
    private final ServletContextHandler context;
    private final ServerConnector connector;

    public WebServer(int port, long graceMillis) {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("http");
        server = new Server(threads);
        connector = new ServerConnector(server);
        connector.setPort(port);
        server.addConnector(connector);
        context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/");
        server.setHandler(new GracefulHandler(context));
        server.setStopTimeout(graceMillis);
        server.setStopAtShutdown(false); // our own shutdown hook orders the stop
    }

    public WebServer mount(String pathSpec, HttpServlet servlet) {
        ServletHolder holder = new ServletHolder(servlet);
        holder.setAsyncSupported(true);
        context.addServlet(holder, pathSpec);
        return this;
    }

    public WebServer filter(Filter filter) {
        FilterHolder holder = new FilterHolder(filter);
        holder.setAsyncSupported(true);
        context.addFilter(holder, "/*", EnumSet.of(DispatcherType.REQUEST));
        return this;
    }

    public void start() throws Exception {
        server.start();
    }

    /** The bound port (useful with port 0 in tests). */
    public int port() {
        return connector.getLocalPort();
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
