package se.largrupp.teams.support;

import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** A Jetty 12 server on a random port with the adapter's servlet at /api/messages, and a client that posts to it. */
public final class TeamsEndpoint implements AutoCloseable {
    private final Server server = new Server(new InetSocketAddress("127.0.0.1", 0));
    private final HttpClient http = HttpClient.newHttpClient();

    public TeamsEndpoint(HttpServlet servlet) throws Exception {
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(servlet), "/api/messages");
        server.setHandler(context);
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + "/api/messages");
    }

    public HttpResponse<String> post(String json, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (authorization != null) request.header("Authorization", authorization);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> post(String json) throws Exception {
        return post(json, null);
    }

    /** A recorded Teams payload from src/test/resources/activities, pointed at the connector stand-in. */
    public static String activity(String name, String serviceUrl) {
        try (InputStream in = TeamsEndpoint.class.getResourceAsStream("/activities/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${SERVICE_URL}", serviceUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
