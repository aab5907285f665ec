package se.largrupp.teams;

/** Values from an activity that may go into a log line: short, and only characters that cannot forge a line. */
final class TeamsLog {
    private TeamsLog() {}

    static String safe(String value) {
        if (value == null) return "null";
        String kept = value.replaceAll("[^A-Za-z0-9:/._@;=-]", "?");
        return kept.length() > 64 ? kept.substring(0, 64) + "…" : kept;
    }
}
