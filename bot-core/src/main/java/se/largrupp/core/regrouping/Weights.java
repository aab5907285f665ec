package se.largrupp.core.regrouping;

/**
 * How much each soft goal costs per pair in one group. Hard rules are not weighted: they are never broken.
 *
 * @param repeat               two leaders who met in the most recent past round
 * @param recencyDecay         each older round multiplies the repeat cost by this (0–1)
 * @param sameDepartment       two leaders from one department
 * @param zonePerHour          per hour of UTC-offset difference beyond {@code zoneToleranceHours}
 * @param zoneToleranceHours   a difference that costs nothing
 * @param differentLocation    two leaders in different known locations (0 ignores location)
 */
public record Weights(double repeat, double recencyDecay, double sameDepartment, double zonePerHour,
                      int zoneToleranceHours, double differentLocation) {

    public Weights {
        if (repeat < 0 || sameDepartment < 0 || zonePerHour < 0 || differentLocation < 0)
            throw new IllegalArgumentException("weights cannot be negative");
        if (recencyDecay < 0 || recencyDecay > 1) throw new IllegalArgumentException("recency decay must be in 0..1");
        if (zoneToleranceHours < 0) throw new IllegalArgumentException("zone tolerance cannot be negative");
    }

    /** Repeats matter most, then departments, then time zones; location only breaks ties. */
    public static Weights defaults() {
        return new Weights(100, 0.8, 10, 5, 3, 1);
    }

    /** Only repeats count: the Social Golfer problem. */
    public static Weights repeatsOnly() {
        return new Weights(100, 1.0, 0, 0, 0, 0);
    }
}
