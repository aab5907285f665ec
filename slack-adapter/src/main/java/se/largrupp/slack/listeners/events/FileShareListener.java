package se.largrupp.slack.listeners.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.File;
import com.slack.api.model.event.MessageFileShareEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.orgchart.OrgChart;
import se.largrupp.core.orgchart.PeopleByEmail;
import se.largrupp.core.port.Message;
import se.largrupp.slack.Listeners;
import se.largrupp.slack.directory.SlackFiles;
import se.largrupp.slack.directory.SlackPeopleByEmail;

/**
 * HR's CSV file shared with the bot in a direct message ({@code message} subtype {@code file_share}): an admin gets
 * the import's preview. The file is downloaded with the bot token ({@code files:read}) and its addresses looked up
 * ({@code users.lookupByEmail}) on a worker, after the ack and before the core's transaction. Other files, and files
 * in channels, are acknowledged and left alone; nothing of the file is stored before the admin applies it.
 */
public final class FileShareListener implements BoltEventHandler<MessageFileShareEvent> {
    private static final Logger log = LoggerFactory.getLogger(FileShareListener.class);
    private final Listeners l;
    private final Predicate<LeaderId> isAdmin;
    private final SlackFiles files;

    public FileShareListener(Listeners listeners, Predicate<LeaderId> isAdmin, SlackFiles files) {
        this.l = listeners;
        this.isAdmin = isAdmin;
        this.files = files;
    }

    @Override
    public Response apply(EventsApiPayload<MessageFileShareEvent> payload, EventContext ctx) {
        MessageFileShareEvent m = payload.getEvent();
        String deliveryId = "slack-event:" + payload.getEventId();
        Optional<File> csv = m.getFiles() == null ? Optional.empty() : m.getFiles().stream().filter(SlackFiles::isCsv).findFirst();
        if (!"im".equals(m.getChannelType()) || m.getUser() == null || csv.isEmpty() || !l.recent().firstTime(deliveryId)) return ctx.ack();
        String team = payload.getTeamId();
        l.work().execute(() -> {
            try {
                Invocation who = l.invocations().of(team, m.getUser(), null, m.getChannel(), deliveryId);
                Reply reply = isAdmin.test(who.actor()) ? preview(team, who, csv.get())
                        // the core answers a leader who is no admin as it answers any admin-only command
                        : l.commands().execute(who, new Command.OrgChartFile(new byte[0], Map.of()));
                if (reply instanceof Reply.Show show) l.replies().post(team, m.getChannel(), show.message());
            } catch (RuntimeException e) {
                log.warn("file share failed: {}", e.toString());
            }
        });
        return ctx.ack();
    }

    private Reply preview(String team, Invocation who, File file) {
        Optional<byte[]> bytes = files.download(team, file);
        if (bytes.isEmpty()) {
            String key = file.getSize() > SlackFiles.MAX_BYTES ? "orgchart.tooBig" : "orgchart.downloadFailed";
            return Reply.toCaller(Message.text(l.texts().get(l.invocations().fallbackLanguage(team, who.actor().user()), key)));
        }
        Map<String, PeopleByEmail.Person> found = new SlackPeopleByEmail(l.apis()).lookup(who.actor().workspace(), OrgChart.addressesIn(bytes.get()));
        Map<String, String[]> people = new HashMap<>();
        found.forEach((email, p) -> people.put(email, new String[] {p.userId(), p.displayName()}));
        return l.commands().execute(who, new Command.OrgChartFile(bytes.get(), people));
    }
}
