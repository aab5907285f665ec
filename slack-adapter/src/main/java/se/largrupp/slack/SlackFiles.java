package se.largrupp.slack;

import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.port.Message;
import se.largrupp.slack.web.SlackApis;
import se.largrupp.slack.web.SlackWebApi;

/**
 * A reply's {@link Message.Block.Attachment}s as files in the caller's direct message with the bot: Slack's upload in
 * three steps ({@code files.getUploadURLExternal}, the bytes to the URL it gives, {@code files.completeUploadExternal}
 * into the channel {@code conversations.open} names), needing the {@code files:write} scope. Run off the ack path; a
 * failure is logged, and the link in the reply still works.
 */
public final class SlackFiles {
    private static final Logger log = LoggerFactory.getLogger(SlackFiles.class);
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private final SlackApis apis;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SlackFiles(SlackApis apis) {
        this.apis = apis;
    }

    /**
     * Uploads every attachment of {@code message} for {@code user} of workspace {@code team}, with that workspace's
     * token; does nothing for a message without one.
     */
    public void send(String team, Message message, String user) {
        List<Message.Block.Attachment> files = message.blocks().stream()
                .filter(Message.Block.Attachment.class::isInstance).map(Message.Block.Attachment.class::cast).toList();
        if (files.isEmpty()) return;
        SlackWebApi api = apis.forTeam(team);
        var opened = api.callPatiently("conversations.open", Optional.empty(), PATIENCE,
                c -> c.conversationsOpen(q -> q.users(List.of(user))));
        if (opened.ok().isEmpty()) {
            log.warn("conversations.open for a file failed: {}", opened.describe());
            return;
        }
        String channel = opened.ok().get().getChannel().getId();
        for (Message.Block.Attachment file : files) upload(api, channel, file);
    }

    private void upload(SlackWebApi api, String channel, Message.Block.Attachment file) {
        byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
        var url = api.callPatiently("files.getUploadURLExternal", Optional.empty(), PATIENCE,
                c -> c.filesGetUploadURLExternal(q -> q.filename(file.fileName()).length(bytes.length)));
        if (url.ok().isEmpty()) {
            log.warn("files.getUploadURLExternal failed: {}", url.describe());
            return;
        }
        if (!post(url.ok().get().getUploadUrl(), bytes, file.mediaType())) return;
        String id = url.ok().get().getFileId();
        var done = api.callPatiently("files.completeUploadExternal", Optional.of(channel), PATIENCE,
                c -> c.filesCompleteUploadExternal(q -> q.files(List.of(new FileDetails(id, file.fileName()))).channelId(channel)));
        if (done.ok().isEmpty()) log.warn("files.completeUploadExternal failed: {}", done.describe());
    }

    private boolean post(String uploadUrl, byte[] bytes, String mediaType) {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(uploadUrl)).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", mediaType).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() / 100 == 2) return true;
            log.warn("the file upload answered HTTP {}", r.statusCode());
        } catch (IOException | IllegalArgumentException e) {
            log.warn("the file upload failed: {}", e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
