package se.largrupp.slack.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads a request body of at most {@link #LIMIT} bytes, once. Slack's payloads are a few kilobytes (a modal's state,
 * a message's blocks); anything larger is refused before it is read whole, so unauthenticated bodies cannot fill the
 * heap: a declared length over the limit is refused without reading a byte, and a body of unknown length is read
 * only up to one byte past the limit.
 */
public final class BoundedBody {
    public static final int LIMIT = 1024 * 1024;

    private BoundedBody() {}

    /**
     * Reads and drops a body that will be refused anyway (a stale or missing timestamp), in small chunks and never
     * past {@code limit}, so the client, still sending, gets the refusal on a healthy connection instead of a reset.
     */
    public static void discard(HttpServletRequest req, int limit) throws IOException {
        if (req.getContentLengthLong() > limit) return;
        byte[] chunk = new byte[8192];
        var in = req.getInputStream();
        for (long seen = 0; seen <= limit; ) {
            int n = in.read(chunk);
            if (n < 0) return;
            seen += n;
        }
    }

    /** The body, or empty when it is larger than {@code limit}. */
    public static Optional<byte[]> read(HttpServletRequest req, int limit) throws IOException {
        if (req.getContentLengthLong() > limit) return Optional.empty();
        byte[] body = req.getInputStream().readNBytes(limit + 1);
        return body.length > limit ? Optional.empty() : Optional.of(body);
    }
}
