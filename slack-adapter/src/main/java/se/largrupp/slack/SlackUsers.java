package se.largrupp.slack;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.largrupp.core.leaders.Language;
import se.largrupp.slack.web.SlackApis;

/**
 * What Slack knows about a user that the core wants: the language their client speaks ({@code users.info} with
 * {@code include_locale}) and their name. Remembered for a while so a burst of commands costs one lookup. The core
 * prefers a language the leader chose; the locale is only the platform's hint.
 */
public final class SlackUsers {
    private static final long TTL_NANOS = Duration.ofMinutes(10).toNanos();
    private static final int MAX_ENTRIES = 10_000;
    private final SlackApis apis;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    public record Profile(Optional<Language> language, Optional<String> name) {
        static final Profile UNKNOWN = new Profile(Optional.empty(), Optional.empty());
    }

    private record Entry(Profile profile, long at) {}

    public SlackUsers(SlackApis apis) {
        this.apis = apis;
    }

    public Profile of(String teamId, String userId) {
        long now = System.nanoTime();
        String key = teamId + ":" + userId;
        Entry hit = cache.get(key);
        if (hit != null && now - hit.at() < TTL_NANOS) return hit.profile();
        var answer = apis.forTeam(teamId).call("users.info", Optional.empty(), Duration.ofMillis(300),
                c -> c.usersInfo(q -> q.user(userId).includeLocale(true)));
        // Rate limited or Slack away: answer without a hint now, and ask again next time rather than remember nothing.
        if (answer.ok().isEmpty()) return Profile.UNKNOWN;
        Profile profile = answer.ok().map(r -> r.getUser())
                .map(u -> new Profile(Language.fromLocaleTag(u.getLocale()), name(u)))
                .orElse(Profile.UNKNOWN);
        if (cache.size() > MAX_ENTRIES) cache.clear();
        cache.put(key, new Entry(profile, now));
        return profile;
    }

    /** The language Slack last said the user's client speaks, without asking Slack again (a failure's answer). */
    public Optional<Language> knownLanguage(String teamId, String userId) {
        Entry hit = cache.get(teamId + ":" + userId);
        return hit == null ? Optional.empty() : hit.profile().language();
    }

    private static Optional<String> name(com.slack.api.model.User u) {
        if (u.getProfile() != null && u.getProfile().getDisplayName() != null && !u.getProfile().getDisplayName().isBlank()) {
            return Optional.of(u.getProfile().getDisplayName());
        }
        return Optional.ofNullable(u.getRealName()).filter(s -> !s.isBlank());
    }
}
