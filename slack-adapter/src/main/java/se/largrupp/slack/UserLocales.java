package se.largrupp.slack;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.largrupp.core.leaders.Language;
import se.largrupp.slack.web.SlackWebApi;

/**
 * The language a user's Slack client speaks ({@code users.info} with {@code include_locale}), remembered for a while so a
 * burst of commands costs one lookup. The core prefers a language the leader chose; this is only the platform's hint.
 */
public final class UserLocales {
    private static final long TTL_NANOS = Duration.ofMinutes(10).toNanos();
    private static final int MAX_ENTRIES = 10_000;
    private final SlackWebApi api;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    private record Entry(Optional<Language> language, long at) {}

    public UserLocales(SlackWebApi api) {
        this.api = api;
    }

    public Optional<Language> of(String userId) {
        long now = System.nanoTime();
        Entry hit = cache.get(userId);
        if (hit != null && now - hit.at() < TTL_NANOS) return hit.language();
        Optional<Language> language = api.call("users.info", Optional.empty(), Duration.ofMillis(300),
                        c -> c.usersInfo(q -> q.user(userId).includeLocale(true)))
                .ok()
                .map(r -> r.getUser() == null ? null : r.getUser().getLocale())
                .flatMap(Language::fromLocaleTag);
        if (cache.size() > MAX_ENTRIES) cache.clear();
        cache.put(userId, new Entry(language, now));
        return language;
    }
}
