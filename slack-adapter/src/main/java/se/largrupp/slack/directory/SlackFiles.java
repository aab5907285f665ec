package se.largrupp.slack.directory;

import com.slack.api.model.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.slack.web.BotToken;
import se.largrupp.slack.web.WorkspaceTokens;

/**
 * Downloads a shared file's {@code url_private_download} with the bot token of the workspace it was shared in (the
 * one configured token, or that workspace's installation). The token goes only to Slack's file
 * host or the configured Web API's host (a stand-in in tests), never to whatever URL an event names; files above
 * {@link #MAX_BYTES} are not fetched.
 */
public final class SlackFiles {
    private static final Logger log = LoggerFactory.getLogger(SlackFiles.class);
    /** 50,000 rows of an HR export fit in well under this. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private final WorkspaceTokens tokens;
    private final URI apiUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public SlackFiles(WorkspaceTokens tokens, URI apiUrl) {
        this.tokens = tokens;
        this.apiUrl = apiUrl;
    }

    public static boolean isCsv(File f) {
        String type = f.getFiletype() == null ? "" : f.getFiletype().toLowerCase(Locale.ROOT);
        String name = f.getName() == null ? "" : f.getName().toLowerCase(Locale.ROOT);
        String mime = f.getMimetype() == null ? "" : f.getMimetype().toLowerCase(Locale.ROOT);
        return type.equals("csv") || name.endsWith(".csv") || mime.equals("text/csv");
    }

    /** {@code f} as shared in workspace {@code team}; empty when it is too big, not Slack's, or the workspace has no token. */
    public Optional<byte[]> download(String team, File f) {
        if (f.getUrlPrivateDownload() == null || f.getSize() > MAX_BYTES) return Optional.empty();
        Optional<BotToken> token = tokens.forTeam(team);
        if (token.isEmpty()) {
            log.warn("file download refused: the workspace has no installation");
            return Optional.empty();
        }
        URI url;
        try {
            url = URI.create(f.getUrlPrivateDownload());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!trusted(url)) {
            log.warn("file download refused: the host {} is not Slack's", url.getHost());
            return Optional.empty();
        }
        try {
            HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token.get().token()).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = r.body()) {
                if (r.statusCode() != 200) {
                    log.warn("file download answered HTTP {}", r.statusCode());
                    return Optional.empty();
                }
                byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                return bytes.length > MAX_BYTES ? Optional.empty() : Optional.of(bytes);
            }
        } catch (IOException e) {
            log.warn("file download failed: {}", se.largrupp.core.logging.Faults.describe(e));
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private boolean trusted(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        if ("https".equals(url.getScheme()) && (host.equals("files.slack.com") || host.endsWith(".slack.com"))) return true;
        return host.equals(apiUrl.getHost()) && url.getPort() == apiUrl.getPort() && url.getScheme().equals(apiUrl.getScheme());
    }
}
