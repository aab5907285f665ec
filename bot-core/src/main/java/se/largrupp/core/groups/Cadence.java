package se.largrupp.core.groups;

/** How often a group meets in its standing slot. */
public enum Cadence {
    EVERY_2_WEEKS(2), EVERY_4_WEEKS(4);

    private final int weeks;

    Cadence(int weeks) {
        this.weeks = weeks;
    }

    public int weeks() {
        return weeks;
    }

    public static Cadence ofWeeks(int weeks) {
        for (Cadence c : values()) if (c.weeks == weeks) return c;
        throw new IllegalArgumentException("cadence must be 2 or 4 weeks, was " + weeks);
    }
}
