package se.largrupp.deploy.sandbox;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** Serves the page's few static files from {@code sandbox/} on the classpath; no build step, no directory listing. */
public final class SandboxPage extends HttpServlet {
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html", "/index.html", "index.html",
            "/sandbox/app.js", "app.js", "/sandbox/style.css", "style.css");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String file = FILES.get(req.getRequestURI());
        if (file == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = SandboxPage.class.getResourceAsStream("/sandbox/" + file)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            resp.setContentType(file.endsWith(".html") ? "text/html; charset=utf-8"
                    : file.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8");
            resp.setHeader("Cache-Control", "no-cache");
            in.transferTo(resp.getOutputStream());
        }
    }
}
