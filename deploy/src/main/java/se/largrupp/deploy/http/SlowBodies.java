package se.largrupp.deploy.http;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;

/**
 * The servlets (Bolt's, the Bot Framework's, ours) read bodies blocking: a client that sends a body a byte at a time
 * would hold a thread each, and a few dozen of them all threads, /healthz included. So a body is loaded without a
 * thread before any servlet sees it (up to {@link #EAGER_BYTES}; a servlet reads the rest of a larger body itself),
 * and a body arriving slower than {@link #MIN_BYTES_PER_SECOND} is cut off. (A connection that sends nothing ends
 * after {@link WebServer#IDLE_TIMEOUT}.)
 */
final class SlowBodies {
    static final long MIN_BYTES_PER_SECOND = 4096, EAGER_BYTES = 64 * 1024;

    private SlowBodies() {}

    static Handler holdNoThread(Handler next) {
        EagerContentHandler eager = new EagerContentHandler(next,
                new EagerContentHandler.RetainedContentLoaderFactory(EAGER_BYTES, -1, false));
        return new MinimumDataRateHandler(eager, MIN_BYTES_PER_SECOND, 0);
    }
}
