package se.largrupp.teams;

import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import jakarta.servlet.http.HttpServlet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.port.GroupConversations;
import se.largrupp.core.port.OutgoingMessages;

/**
 * Lärgrupp in Microsoft Teams: the {@code /api/messages} servlet, proactive delivery for the outbox, and the groups'
 * own conversations. Deploy mounts {@link #servlet()} and routes {@code teams:} references to {@link #outgoingMessages()}.
 */
public final class TeamsAdapter {
    private static final Logger log = LoggerFactory.getLogger(TeamsAdapter.class);
    private final TeamsSettings settings;
    private final TeamsServlet servlet;
    private final TeamsOutgoingMessages outgoing;
    private final TeamsGroupConversations groups;

    private TeamsAdapter(TeamsSettings settings, CommandService commands, AccessTokens tokens) {
        this.settings = settings;
        Texts texts = new Texts();
        BotConnector connector = new BotConnector(tokens);
        Conversations conversations = new Conversations(connector, settings);
        Retrying retrying = Retrying.standard();
        // A blank app id makes the SDK accept anonymous callers, which the servlet only allows in dev mode.
        BotFrameworkHttpAdapter sdk = new BotFrameworkHttpAdapter(
                new SimpleCredentialProvider(settings.appId().orElse(""), settings.appPassword().orElse("")),
                new SimpleChannelProvider());
        TeamsTurns turns = new TeamsTurns(commands, conversations, new InvokeAnswers(texts),
                new TeamsAddresses(connector, settings.lookUpAddresses()), new TeamsFiles(connector, settings.channelId()));
        this.servlet = new TeamsServlet(sdk, turns, settings.mode(), settings.tenantId());
        this.outgoing = new TeamsOutgoingMessages(connector, conversations, texts);
        this.groups = new TeamsGroupConversations(conversations, settings, texts, retrying);
    }

    public static TeamsAdapter create(TeamsSettings settings, CommandService commands) {
        return new TeamsAdapter(settings, commands, AccessTokens.of(settings));
    }

    /**
     * Where the Bot Connector's signing keys are published ({@code TEAMS_OPENID_METADATA_URL}; Bot Framework's own by
     * default): a local stand-in in tests. The SDK keeps it for the whole JVM.
     */
    public static void useOpenIdMetadata(String url) {
        com.microsoft.bot.connector.authentication.ChannelValidation.setOpenIdMetaDataUrl(url);
    }

    /** Outgoing tokens from the identity platform at {@code loginUrl} ({@code GRAPH_LOGIN_URL}). */
    public static TeamsAdapter create(TeamsSettings settings, CommandService commands, java.net.URI loginUrl) {
        return new TeamsAdapter(settings, commands, AccessTokens.of(settings, loginUrl, java.time.Clock.systemUTC()));
    }

    /** With a token source of one's own: tests against a connector stand-in, or a managed identity. */
    public static TeamsAdapter create(TeamsSettings settings, CommandService commands, AccessTokens tokens) {
        return new TeamsAdapter(settings, commands, tokens);
    }

    public HttpServlet servlet() {
        return servlet;
    }

    /**
     * What deploy mounts at {@code /api/messages} when Teams is not configured, so the endpoint says so (POST: 503 and
     * the settings to set; other methods: 405) instead of answering like some other page.
     */
    public static HttpServlet offEndpoint() {
        return TeamsServlet.off();
    }

    public OutgoingMessages outgoingMessages() {
        return outgoing;
    }

    public GroupConversations groupConversations() {
        return groups;
    }

    public TeamsSettings.Mode mode() {
        return settings.mode();
    }

    public void start() {
        switch (settings.mode()) {
            case AUTHENTICATED -> log.info("Teams endpoint on, Bot Framework JWT required: {}", settings);
            case DEV_UNAUTHENTICATED -> log.warn("TEAMS_DEV_MODE=true and no MICROSOFT_APP_ID: the Teams endpoint accepts "
                    + "UNAUTHENTICATED requests. Use this only against a local stand-in, never in production.");
            case OFF -> log.info("Teams endpoint off (no MICROSOFT_APP_ID); POST /api/messages answers 503");
        }
        if (settings.devMode() && settings.appId().isPresent()) {
            log.warn("TEAMS_DEV_MODE is ignored because MICROSOFT_APP_ID is set: authentication stays on");
        }
    }

    /** Nothing to release: the connector client and the SDK keep no threads of their own that need stopping. */
    public void stop() {
        log.info("Teams adapter stopped");
    }
}
