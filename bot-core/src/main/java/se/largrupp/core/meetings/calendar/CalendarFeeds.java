package se.largrupp.core.meetings.calendar;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.meetings.Meetings;
import se.largrupp.core.port.Transactions;

/**
 * Leaders' calendar subscriptions: the link of a leader's feed ({@code {public URL}/calendar/<token>.ics}) and the feed
 * itself, made when a calendar app asks. The feed shows the series of the leader's current group and ends, for this
 * leader, the series of groups they were in before (they left, or the group was regrouped away).
 */
public final class CalendarFeeds {
    /** A feed as served: its text and an ETag that changes exactly when the text does. */
    public record Feed(String body, String etag, Instant lastModified) {}

    private final CalendarStore store;
    private final PublishedSeries published;
    private final Groups groups;
    private final Leaders leaders;
    private final Transactions transactions;
    private final Texts texts;
    private final Clock clock;
    private final Supplier<URI> publicUrl;

    CalendarFeeds(CalendarStore store, Meetings meetings, Groups groups, Leaders leaders, Transactions transactions,
                  Texts texts, Clock clock, Supplier<URI> publicUrl) {
        this.store = store;
        this.published = new PublishedSeries(store, meetings);
        this.groups = groups;
        this.leaders = leaders;
        this.transactions = transactions;
        this.texts = texts;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** The leader's feed link, made now if they have none or asked for a new one (the old one then answers 404). */
    String link(LeaderId leader, boolean renew) {
        Optional<String> token = renew ? Optional.empty() : store.tokenOf(leader);
        String t = token.orElseGet(() -> {
            String fresh = FeedToken.random();
            store.saveToken(leader, fresh, clock.instant());
            return fresh;
        });
        String base = publicUrl.get().toString();
        return (base.endsWith("/") ? base : base + "/") + "calendar/" + t + ".ics";
    }

    /** The {@code webcal://} form of an http(s) feed link, which calendar apps open as a subscription. */
    static String webcal(String link) {
        return link.replaceFirst("^https?://", "webcal://");
    }

    /** The feed of a token, or empty for a malformed, unknown or revoked one. Runs its own transaction. */
    public Optional<Feed> feed(String token) {
        if (!FeedToken.wellFormed(token)) return Optional.empty();
        return once(transactions, () -> store.leaderOfToken(token).map(this::feedOf));
    }

    /**
     * Runs {@code work} in a transaction, and once more if it failed: two requests that publish the same group's new
     * series at the same moment collide on its key, and the second try reads what the first one wrote.
     */
    static <T> T once(Transactions transactions, java.util.function.Supplier<T> work) {
        try {
            return transactions.inTransaction(work);
        } catch (RuntimeException collided) {
            return transactions.inTransaction(work);
        }
    }

    private Feed feedOf(LeaderId leader) {
        Instant now = clock.instant();
        Language lang = leaders.find(leader).map(l -> l.languageOr(Language.SV)).orElse(Language.SV);
        Optional<LearningGroup> current = groups.activeGroupOf(leader);
        List<FeedCalendar.Shown> shown = new ArrayList<>();
        List<CalendarStore.ShownGroup> before = store.shownGroups(leader);
        for (CalendarStore.ShownGroup g : before) {
            if (current.filter(c -> c.id().equals(g.group())).isPresent()) continue;
            CalendarStore.ShownGroup left = g.leftAt().isPresent() ? g : new CalendarStore.ShownGroup(g.group(), Optional.of(now));
            if (g.leftAt().isEmpty()) store.saveShownGroup(leader, left);
            groups.find(g.group()).ifPresent(group -> {
                for (Series s : published.of(group, now)) shown.add(endedFor(group, s, left.leftAt().orElseThrow(), lang));
            });
        }
        current.ifPresent(group -> {
            if (before.stream().noneMatch(g -> g.group().equals(group.id()) && g.leftAt().isEmpty()))
                store.saveShownGroup(leader, new CalendarStore.ShownGroup(group.id(), Optional.empty()));
            for (Series s : published.of(group, now))
                shown.add(new FeedCalendar.Shown(s, s.endedAt(), s.sequence(), s.changedAt(), summary(group, lang), description(s, lang)));
        });
        String body = FeedCalendar.render(texts.get(lang, "calendar.feed.name"), shown);
        Instant modified = shown.stream().map(FeedCalendar.Shown::stamp).max(Instant::compareTo).orElse(Instant.EPOCH);
        return new Feed(body, "\"" + sha256(body).substring(0, 32) + "\"", modified);
    }

    /** A series of a group the leader is no longer in: ended when they left, unless it ended before. */
    private FeedCalendar.Shown endedFor(LearningGroup group, Series s, Instant leftAt, Language lang) {
        boolean cut = s.endedAt().map(e -> e.isAfter(leftAt)).orElse(true);
        Optional<Instant> end = cut ? Optional.of(leftAt) : s.endedAt();
        Instant stamp = cut && leftAt.isAfter(s.changedAt()) ? leftAt : s.changedAt();
        return new FeedCalendar.Shown(s, end, cut ? s.sequence() + 1 : s.sequence(), stamp, summary(group, lang), description(s, lang));
    }

    String summary(LearningGroup group, Language lang) {
        return texts.get(lang, "calendar.summary", group.name());
    }

    String description(Series s, Language lang) {
        String format = texts.get(lang, "meetings.format." + s.booking().format().name());
        return texts.get(lang, "calendar.description", format, s.booking().duration().toMinutes())
                + s.booking().link().map(l -> "\n" + texts.get(lang, "calendar.link", l.toString())).orElse("");
    }

    /** The .ics of the leader's feed right now, for a file beside the link. */
    String fileOf(LeaderId leader) {
        return feedOf(leader).body();
    }

    void erase(LeaderId leader) {
        store.eraseLeader(leader);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
