package se.largrupp.teams;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import se.largrupp.core.leaders.ConfiguredAdmins;

/**
 * How the Teams adapter runs, from the environment.
 *
 * @param appId            the Azure Bot's Microsoft App ID; when set, every request must carry a valid Bot Framework JWT
 * @param appPassword      its client secret
 * @param tenantId         the Entra tenant of a single-tenant bot (used to fetch outgoing tokens); empty for multi-tenant
 * @param channelId        the programme's Teams channel ({@code 19:…@thread.tacv2}) where each group gets a thread
 * @param devMode          only without an app id: accept unauthenticated requests from local stand-ins (loopback
 *                         service URLs only), loudly; deploy refuses it beside any platform credential
 * @param groupChat        open each group as a group chat instead of a channel thread
 * @param defaultServiceUrl the Bot Connector to use for a tenant the bot has not heard from yet
 * @param lookUpAddresses  whether to ask the connector for a sender's e-mail address and UPN: only when
 *                         {@code LARGRUPP_ADMINS} names an admin by address, since it costs a call per new sender
 */
public record TeamsSettings(
        Optional<String> appId,
        Optional<String> appPassword,
        Optional<String> tenantId,
        Optional<String> channelId,
        boolean devMode,
        boolean groupChat,
        URI defaultServiceUrl,
        boolean lookUpAddresses) {

    public static final URI GLOBAL_SERVICE_URL = URI.create("https://smba.trafficmanager.net/teams/");

    public TeamsSettings {
        appId = blankToEmpty(appId);
        appPassword = blankToEmpty(appPassword);
        tenantId = blankToEmpty(tenantId);
        channelId = blankToEmpty(channelId);
        if (defaultServiceUrl == null) defaultServiceUrl = GLOBAL_SERVICE_URL;
    }

    public TeamsSettings(Optional<String> appId, Optional<String> appPassword, Optional<String> tenantId,
                         Optional<String> channelId, boolean devMode, boolean groupChat, URI defaultServiceUrl) {
        this(appId, appPassword, tenantId, channelId, devMode, groupChat, defaultServiceUrl, false);
    }

    /** Reads MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD, MICROSOFT_APP_TENANT_ID, TEAMS_CHANNEL_ID, TEAMS_DEV_MODE,
     * TEAMS_GROUP_CHAT, TEAMS_SERVICE_URL, and whether LARGRUPP_ADMINS names anyone by e-mail address. */
    public static TeamsSettings fromEnvironment(Map<String, String> env) {
        String serviceUrl = env.get("TEAMS_SERVICE_URL");
        return new TeamsSettings(
                Optional.ofNullable(env.get("MICROSOFT_APP_ID")),
                Optional.ofNullable(env.get("MICROSOFT_APP_PASSWORD")),
                Optional.ofNullable(env.get("MICROSOFT_APP_TENANT_ID")),
                Optional.ofNullable(env.get("TEAMS_CHANNEL_ID")),
                Boolean.parseBoolean(env.getOrDefault("TEAMS_DEV_MODE", "false").trim()),
                Boolean.parseBoolean(env.getOrDefault("TEAMS_GROUP_CHAT", "false").trim()),
                serviceUrl == null || serviceUrl.isBlank() ? GLOBAL_SERVICE_URL : URI.create(withSlash(serviceUrl.trim())),
                namesAddresses(env.get("LARGRUPP_ADMINS")) || namesAddresses(env.get("LARGRUPP_SPONSORS")));
    }

    /** Whether admins or sponsors are named by address: then senders' addresses are looked up. */
    private static boolean namesAddresses(String entries) {
        try {
            return ConfiguredAdmins.parse(entries).namesAddresses();
        } catch (IllegalArgumentException e) {
            return false; // start-up reports a malformed LARGRUPP_ADMINS or LARGRUPP_SPONSORS itself
        }
    }

    /** A dev-mode setting for tests and local stand-ins: no app id, no authentication. */
    public static TeamsSettings devMode(Optional<String> channelId) {
        return new TeamsSettings(Optional.empty(), Optional.empty(), Optional.empty(), channelId, true, false, GLOBAL_SERVICE_URL);
    }

    public TeamsSettings withGroupChat(boolean groupChat) {
        return new TeamsSettings(appId, appPassword, tenantId, channelId, devMode, groupChat, defaultServiceUrl, lookUpAddresses);
    }

    public TeamsSettings withAddressLookups(boolean on) {
        return new TeamsSettings(appId, appPassword, tenantId, channelId, devMode, groupChat, defaultServiceUrl, on);
    }

    /** What the endpoint does with a request. */
    public Mode mode() {
        if (appId.isPresent()) return Mode.AUTHENTICATED;
        return devMode ? Mode.DEV_UNAUTHENTICATED : Mode.OFF;
    }

    public enum Mode { AUTHENTICATED, DEV_UNAUTHENTICATED, OFF }

    /** Dev mode talks only to stand-ins on this machine: an http(s) URL whose host is 127.0.0.1, ::1 or localhost. */
    static boolean isLoopback(String url) {
        if (url == null) return false;
        try {
            URI uri = new URI(url.trim());
            String host = uri.getHost();
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && host != null
                    && (host.equals("127.0.0.1") || host.equals("[::1]") || host.equalsIgnoreCase("localhost"));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    private static Optional<String> blankToEmpty(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::trim).filter(s -> !s.isEmpty());
    }

    @Override
    public String toString() { // never print the secret
        return "TeamsSettings[appId=" + appId.orElse("") + ", tenantId=" + tenantId.orElse("") + ", channelId="
                + channelId.orElse("") + ", devMode=" + devMode + ", groupChat=" + groupChat + ", mode=" + mode() + "]";
    }
}
