package se.largrupp.deploy.sandbox;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * What the sandbox API's POSTs must be, so that another web site cannot drive it from a visitor's browser: JSON
 * (a cross-site form or a {@code text/plain} POST needs no CORS preflight, {@code application/json} does), from the
 * sandbox's own page (a browser names the page's origin in {@code Origin} and, if modern, says in
 * {@code Sec-Fetch-Site} whether it is the same). A client that sends neither header is no browser, so no visitor's.
 */
final class SameOriginJson {
    private SameOriginJson() {}

    /** The status to refuse {@code req} with, or empty when it may go on. */
    static Optional<Integer> refusal(HttpServletRequest req) {
        String site = req.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) return Optional.of(HttpServletResponse.SC_FORBIDDEN);
        String origin = req.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, req)) return Optional.of(HttpServletResponse.SC_FORBIDDEN);
        String type = Optional.ofNullable(req.getContentType()).orElse("").toLowerCase(Locale.ROOT);
        if (!type.equals("application/json") && !type.startsWith("application/json;")) {
            return Optional.of(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
        }
        return Optional.empty();
    }

    /** The page's origin is this server as the browser addressed it: its scheme and the request's Host. */
    private static boolean sameOrigin(String origin, HttpServletRequest req) {
        String host = req.getHeader("Host");
        if (host == null) return false;
        try {
            URI o = URI.create(origin);
            boolean plainOrigin = o.getRawPath() == null || o.getRawPath().isEmpty();
            return plainOrigin && req.getScheme().equalsIgnoreCase(o.getScheme()) && o.getRawAuthority() != null
                    && o.getRawAuthority().equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false; // "null" (a sandboxed frame, a file) or garbage
        }
    }
}
