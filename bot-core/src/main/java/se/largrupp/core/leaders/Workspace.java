package se.largrupp.core.leaders;

import java.util.Objects;

/** A Slack workspace (team id) or a Teams tenant: the unit a programme and its admins belong to. */
public record Workspace(Platform platform, String id) {
    public Workspace {
        Objects.requireNonNull(platform, "platform");
        if (id == null || id.isBlank()) throw new IllegalArgumentException("workspace id is blank");
    }

    /** Stable text form, for instance {@code slack:T0123}. */
    public String key() {
        return platform.key() + ":" + id;
    }

    public static Workspace parse(String key) {
        int colon = key.indexOf(':');
        if (colon < 1) throw new IllegalArgumentException("not a workspace key: " + key);
        return new Workspace(Platform.fromKey(key.substring(0, colon)), key.substring(colon + 1));
    }

    @Override
    public String toString() {
        return key();
    }
}
