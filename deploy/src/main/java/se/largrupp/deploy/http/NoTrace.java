package se.largrupp.deploy.http;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code TRACE} (and the old {@code TRACK}) get 405 on every path, before any servlet: a servlet's default
 * {@code doTrace} echoes the request's headers, {@code Authorization} included.
 */
final class NoTrace extends Handler.Wrapper {
    NoTrace(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        if (!method.equals("TRACE") && !method.equals("TRACK")) return super.handle(request, response, callback);
        response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD, POST");
        Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
        return true;
    }
}
