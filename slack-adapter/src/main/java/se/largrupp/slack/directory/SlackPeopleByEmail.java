package se.largrupp.slack.directory;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.model.User;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.largrupp.core.installations.Installations;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.orgchart.PeopleByEmail;
import se.largrupp.slack.installation.InstalledTokens;
import se.largrupp.slack.web.ApiResult;
import se.largrupp.slack.web.RateLimiter;
import se.largrupp.slack.web.SlackApis;
import se.largrupp.slack.web.SlackWebApi;
import se.largrupp.slack.web.WorkspaceTokens;

/**
 * E-mail addresses to Slack users (scope {@code users:read.email}). A few addresses are asked one by one with
 * {@code users.lookupByEmail} (Tier 3: 50 a minute); a bigger file reads the member list with {@code users.list},
 * 200 a page (Tier 2), which for 5,000 addresses is some 25 calls instead of 5,000. Deactivated users and bots
 * do not count. Each look-up uses the token of the workspace it asks about.
 */
public final class SlackPeopleByEmail implements PeopleByEmail {
    /** Above this many addresses, listing the members costs fewer calls than looking each one up. */
    static final int LOOKUP_LIMIT = 100;
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private final SlackApis apis;

    public SlackPeopleByEmail(SlackApis apis) {
        this.apis = apis;
    }

    /** For the command line: its own client with {@code SLACK_BOT_TOKEN} against {@code SLACK_API_URL}. */
    public static SlackPeopleByEmail create(String botToken, URI apiUrl) {
        return create(WorkspaceTokens.single(botToken), apiUrl);
    }

    /**
     * For the command line in the OAuth mode: each workspace's token from its stored installation (refreshed when it
     * rotates, with the app's client id and secret), against {@code SLACK_API_URL}.
     */
    public static SlackPeopleByEmail installed(Installations installations, String clientId, String clientSecret, URI apiUrl) {
        Slack slack = slack(apiUrl);
        return new SlackPeopleByEmail(new SlackApis(slack, InstalledTokens.rotating(installations, slack, clientId, clientSecret),
                new RateLimiter()));
    }

    private static SlackPeopleByEmail create(WorkspaceTokens tokens, URI apiUrl) {
        return new SlackPeopleByEmail(new SlackApis(slack(apiUrl), tokens, new RateLimiter()));
    }

    private static Slack slack(URI apiUrl) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl.toString().endsWith("/") ? apiUrl.toString() : apiUrl + "/");
        config.setPrettyResponseLoggingEnabled(false);
        return Slack.getInstance(config);
    }

    @Override
    public Map<String, Person> lookup(Workspace workspace, Collection<String> emails) {
        Set<String> wanted = emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        SlackWebApi api = apis.forTeam(workspace.id());
        return wanted.size() > LOOKUP_LIMIT ? listed(api, wanted) : lookedUp(api, wanted);
    }

    private Map<String, Person> lookedUp(SlackWebApi api, Set<String> wanted) {
        Map<String, Person> out = new HashMap<>();
        for (String email : wanted) {
            ApiResult<com.slack.api.methods.response.users.UsersLookupByEmailResponse> r = api.callPatiently("users.lookupByEmail",
                    Optional.empty(), PATIENCE, c -> c.usersLookupByEmail(q -> q.email(email)));
            if (r instanceof ApiResult.Failed<?> f && "users_not_found".equals(f.error())) continue;
            User u = r.ok().orElseThrow(() -> new DirectoryUnavailable("users.lookupByEmail: " + r)).getUser();
            if (counts(u)) out.put(email, person(u));
        }
        return out;
    }

    private Map<String, Person> listed(SlackWebApi api, Set<String> wanted) {
        Map<String, Person> out = new HashMap<>();
        String cursor = null;
        do {
            String page = cursor;
            var r = api.callPatiently("users.list", Optional.empty(), PATIENCE, c -> c.usersList(q -> q.limit(200).cursor(page)));
            var answer = r.ok().orElseThrow(() -> new DirectoryUnavailable("users.list: " + r));
            for (User u : answer.getMembers()) {
                String email = u.getProfile() == null || u.getProfile().getEmail() == null ? null : u.getProfile().getEmail().toLowerCase(Locale.ROOT);
                if (email != null && wanted.contains(email) && counts(u)) out.put(email, person(u));
            }
            cursor = answer.getResponseMetadata() == null ? null : answer.getResponseMetadata().getNextCursor();
        } while (cursor != null && !cursor.isBlank());
        return out;
    }

    private static boolean counts(User u) {
        return u != null && u.getId() != null && !u.isDeleted() && !u.isBot();
    }

    private static Person person(User u) {
        String name = u.getProfile() != null && u.getProfile().getDisplayName() != null && !u.getProfile().getDisplayName().isBlank()
                ? u.getProfile().getDisplayName() : Optional.ofNullable(u.getRealName()).filter(s -> !s.isBlank()).orElse(u.getId());
        return new Person(u.getId(), name);
    }
}
