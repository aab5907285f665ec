package se.largrupp.deploy.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The one HTTP server: Slack, Teams, health, metrics and the sandbox share a port. Stopping is graceful: the
 * connector closes, requests in flight get up to the grace period to finish.
 */
public final class WebServer {
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

    public void stop() throws Exception {
        server.stop();
    }
}
