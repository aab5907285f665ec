package se.largrupp.deploy.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Every error answer is its status and reason in plain text, say {@code 404 Not Found}: no HTML page, no server
 * name or version, no exception class or message, nothing of the request repeated.
 */
public final class PlainErrors extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        SecurityHeaders.addTo(response.getHeaders()); // an error page may have been reset to its status
        response.write(true, body(code), callback);
    }

    /** Requests the parser refused (a malformed header, a too long URI), answered before any handler ran. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        SecurityHeaders.addTo(fields);
        return body(status);
    }

    static ByteBuffer body(int code) {
        return ByteBuffer.wrap((code + " " + HttpStatus.getMessage(code) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
