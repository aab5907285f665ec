package se.largrupp.core.leaders;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A leader in the programme.
 *
 * @param manager  the leader's own manager, if known; the regrouper keeps them apart
 * @param language the language the leader chose, or empty to follow the platform's locale
 * @param notWith  a confidential list (up to three) of leaders this one prefers not to be grouped with
 */
public record Leader(
        LeaderId id,
        String displayName,
        Optional<String> department,
        Optional<LeaderId> manager,
        Optional<Language> language,
        ZoneId zone,
        LeaderStatus status,
        Instant joinedAt,
        List<LeaderId> notWith) {

    public static final int MAX_NOT_WITH = 3;
    /** Longer profile names are cut: a name is for reading in a message, and storage has a limit of its own. */
    public static final int MAX_NAME = 200;

    public Leader {
        Objects.requireNonNull(id, "id");
        displayName = tidyName(Objects.requireNonNull(displayName, "displayName"));
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(joinedAt, "joinedAt");
        notWith = List.copyOf(notWith);
        if (notWith.size() > MAX_NOT_WITH) throw new IllegalArgumentException("not-with list longer than " + MAX_NOT_WITH);
        if (manager.filter(id::equals).isPresent()) throw new IllegalArgumentException("a leader cannot manage themself");
    }

    /** Control characters out, surrounding blanks off, at most {@link #MAX_NAME} characters (never half a letter). */
    static String tidyName(String name) {
        String clean = name.codePoints().filter(cp -> !Character.isISOControl(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (clean.codePointCount(0, clean.length()) <= MAX_NAME) return clean;
        return clean.substring(0, clean.offsetByCodePoints(0, MAX_NAME)).strip();
    }

    public static Leader joining(LeaderId id, String displayName, Instant now) {
        return new Leader(id, displayName, Optional.empty(), Optional.empty(), Optional.empty(),
                ZoneId.of("Europe/Stockholm"), LeaderStatus.active(), now, List.of());
    }

    public Language languageOr(Language fallback) {
        return language.orElse(fallback);
    }

    public Leader withStatus(LeaderStatus newStatus) {
        return new Leader(id, displayName, department, manager, language, zone, newStatus, joinedAt, notWith);
    }

    public Leader withLanguage(Optional<Language> newLanguage) {
        return new Leader(id, displayName, department, manager, newLanguage, zone, status, joinedAt, notWith);
    }

    public Leader withProfile(String newName, Optional<String> newDepartment, Optional<LeaderId> newManager) {
        return new Leader(id, newName, newDepartment, newManager, language, zone, status, joinedAt, notWith);
    }

    public Leader withZone(ZoneId newZone) {
        return new Leader(id, displayName, department, manager, language, newZone, status, joinedAt, notWith);
    }

    public Leader withNotWith(List<LeaderId> newNotWith) {
        return new Leader(id, displayName, department, manager, language, zone, status, joinedAt, newNotWith);
    }
}
