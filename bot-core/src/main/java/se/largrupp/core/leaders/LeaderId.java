package se.largrupp.core.leaders;

import java.util.Objects;

/** Who a leader is on their platform: workspace plus the platform's user id. */
public record LeaderId(Workspace workspace, String user) {
    public LeaderId {
        Objects.requireNonNull(workspace, "workspace");
        if (user == null || user.isBlank()) throw new IllegalArgumentException("user id is blank");
    }

    public static LeaderId of(Platform platform, String workspace, String user) {
        return new LeaderId(new Workspace(platform, workspace), user);
    }

    /** Stable text form, for instance {@code slack:T0123:U0456}. */
    public String key() {
        return workspace.key() + ":" + user;
    }

    public static LeaderId parse(String key) {
        int last = key.lastIndexOf(':');
        if (last < 0) throw new IllegalArgumentException("not a leader key: " + key);
        return new LeaderId(Workspace.parse(key.substring(0, last)), key.substring(last + 1));
    }

    @Override
    public String toString() {
        return key();
    }
}
