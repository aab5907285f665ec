package se.largrupp.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.commands.Command;
import se.largrupp.core.orgchart.OrgChart;
import se.largrupp.core.orgchart.PeopleByEmail;

/**
 * HR's CSV sent to the bot in the personal chat: Teams gives a {@code file.download.info} attachment whose
 * {@code downloadUrl} is pre-authenticated, so no token goes with the download. The file is fetched and its
 * addresses looked up in the team's member list before the core's command runs.
 */
final class TeamsFiles {
    static final String DOWNLOAD_INFO = "application/vnd.microsoft.teams.file.download.info";
    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(TeamsFiles.class);
    private final BotConnector connector;
    private final Optional<String> programmeTeam;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    TeamsFiles(BotConnector connector, Optional<String> programmeTeam) {
        this.connector = connector;
        this.programmeTeam = programmeTeam;
    }

    /** The CSV attachment's download address, when the activity carries one in a personal chat. */
    static Optional<String> csvDownload(Activity a) {
        if (a.getAttachments() == null || a.getConversation() == null
                || !"personal".equals(a.getConversation().getConversationType())) return Optional.empty();
        for (Attachment at : a.getAttachments()) {
            if (!DOWNLOAD_INFO.equals(at.getContentType()) || at.getContent() == null) continue;
            JsonNode content = Serialization.objectToTree(at.getContent());
            String type = content.path("fileType").asText("").toLowerCase(Locale.ROOT);
            String name = at.getName() == null ? "" : at.getName().toLowerCase(Locale.ROOT);
            if ((type.equals("csv") || name.endsWith(".csv")) && content.hasNonNull("downloadUrl")) return Optional.of(content.get("downloadUrl").asText());
        }
        return Optional.empty();
    }

    /** The command for the core: the file and who its addresses are; empty when the file could not be fetched. */
    Optional<Command.OrgChartFile> command(Turn turn, String downloadUrl) {
        Optional<byte[]> file = download(downloadUrl, turn.conversation().serviceUrl());
        if (file.isEmpty()) return Optional.empty();
        PeopleByEmail roster = new TeamsRoster(connector, turn.conversation().serviceUrl(), programmeTeam.orElse(turn.roster()));
        Map<String, String[]> people = new HashMap<>();
        roster.lookup(turn.invocation().actor().workspace(), OrgChart.addressesIn(file.get()))
                .forEach((email, p) -> people.put(email, new String[] {p.userId(), p.displayName()}));
        return Optional.of(new Command.OrgChartFile(file.get(), people));
    }

    private Optional<byte[]> download(String url, String serviceUrl) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        URI service = URI.create(serviceUrl);
        boolean local = uri.getHost() != null && uri.getHost().equals(service.getHost()) && uri.getPort() == service.getPort();
        if (!"https".equals(uri.getScheme()) && !local) {
            log.warn("file download refused: not https");
            return Optional.empty();
        }
        try {
            HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
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
}
