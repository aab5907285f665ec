package se.largrupp.slack.listeners.unused;

import com.slack.api.bolt.handler.UnmatchedRequestHandler;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to a Slack payload the app does not use: 200 at once, nothing done, nothing stored. Bolt's own default is
 * 404 "no handler found", which makes Slack retry and show people an error. Options requests get a valid, empty list,
 * so a select Slack asks us to fill shows "no options" instead of an error.
 */
public final class Ignored implements UnmatchedRequestHandler {
    private static final Logger log = LoggerFactory.getLogger(Ignored.class);
    static final String NO_OPTIONS = "{\"options\":[]}";

    @Override
    public Response handle(Request<?> request) {
        return answer(request);
    }

    public static Response answer(Request<?> request) {
        RequestType type = request.getRequestType();
        // Only the kind: ids and texts of a payload we do not use are nobody's business in the log.
        log.debug("acknowledged an unused Slack {} request", type);
        return nothing(type);
    }

    /** The empty answer Slack accepts for a request of this kind. */
    public static Response nothing(RequestType type) {
        if (type == RequestType.BlockSuggestion || type == RequestType.DialogSuggestion) {
            return Response.builder().statusCode(200).contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
                    .body(NO_OPTIONS).build();
        }
        return Response.ok();
    }
}
