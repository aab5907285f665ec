package se.largrupp.slack.http;

import com.slack.api.bolt.response.Response;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Writes Bolt's answer to the servlet response, always in UTF-8. */
public final class BoltResponses {
    private BoltResponses() {}

    public static void write(HttpServletResponse resp, Response answer) throws IOException {
        resp.setStatus(answer.getStatusCode());
        for (Map.Entry<String, List<String>> header : answer.getHeaders().entrySet()) {
            for (String value : header.getValue()) resp.addHeader(header.getKey(), value);
        }
        // Bolt's plain-text answers (the url_verification challenge) carry no charset; never let them fall back to Latin-1.
        if (answer.getContentType() != null) resp.setContentType(answer.getContentType());
        resp.setCharacterEncoding("UTF-8");
        if (answer.getBody() != null) resp.getOutputStream().write(answer.getBody().getBytes(StandardCharsets.UTF_8));
    }
}
