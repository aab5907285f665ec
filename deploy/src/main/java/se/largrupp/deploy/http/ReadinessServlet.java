package se.largrupp.deploy.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** 200 "ready" when every readiness check passes, else 503 with one reason per line. */
public final class ReadinessServlet extends HttpServlet {
    private final Readiness readiness;

    public ReadinessServlet(Readiness readiness) {
        this.readiness = readiness;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<String> problems = readiness.problems();
        resp.setContentType("text/plain; charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        if (problems.isEmpty()) {
            resp.getWriter().write("ready\n");
        } else {
            resp.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            resp.getWriter().write("not ready\n" + String.join("\n", problems) + "\n");
        }
    }
}
