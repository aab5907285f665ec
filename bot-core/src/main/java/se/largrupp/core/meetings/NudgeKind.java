package se.largrupp.core.meetings;

/** The two reminders before each occurrence; the slug goes into wake-up subjects and idempotency keys. */
public enum NudgeKind {
    DAY_BEFORE("day-before"), SHORTLY("shortly");

    private final String slug;

    NudgeKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static NudgeKind fromSlug(String slug) {
        for (NudgeKind k : values()) if (k.slug.equals(slug)) return k;
        throw new IllegalArgumentException("unknown nudge kind: " + slug);
    }
}
