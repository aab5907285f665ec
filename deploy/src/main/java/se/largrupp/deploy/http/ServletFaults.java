package se.largrupp.deploy.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a servlet throws becomes a plain error answer (bad JSON 400, a body too slow 408, anything else 500) and,
 * for server errors, one log line naming the exception's classes and where it was thrown, never its message:
 * messages quote what was sent ({@code Unrecognized token 'SECRET…'}) or stored (a person's name in a constraint
 * violation).
 */
public final class ServletFaults implements Filter {
    private static final Logger log = LoggerFactory.getLogger(ServletFaults.class);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            HttpServletResponse resp = (HttpServletResponse) response;
            int status = statusOf(e);
            var line = status >= 500 ? log.atWarn() : log.atDebug();
            line.setMessage("request failed").addKeyValue("path", ((HttpServletRequest) request).getRequestURI())
                    .addKeyValue("status", status).addKeyValue("fault", describe(e)).log();
            if (!resp.isCommitted()) {
                resp.reset();
                resp.sendError(status);
            }
        }
    }

    static int statusOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.JsonProcessingException) return HttpServletResponse.SC_BAD_REQUEST;
            if (t instanceof HttpException h && h.getCode() >= 400) return h.getCode();
            if (t instanceof TimeoutException) return HttpServletResponse.SC_REQUEST_TIMEOUT;
        }
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** The classes of the exception and its causes, and the frame each was thrown at: no message. */
    static String describe(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null && s.length() < 1000; t = t.getCause() == t ? null : t.getCause()) {
            if (!s.isEmpty()) s.append(" <- ");
            s.append(t.getClass().getName());
            StackTraceElement[] at = t.getStackTrace();
            if (at.length > 0) s.append(" at ").append(at[0]);
        }
        return s.toString();
    }
}
