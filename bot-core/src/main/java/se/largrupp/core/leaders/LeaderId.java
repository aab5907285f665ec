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

    /** Inverse of {@link #key()}. User ids may hold colons (Teams: {@code 29:1abc...}); workspace ids do not. */
    public static LeaderId parse(String key) {
        int first = key.indexOf(':');
        int second = first < 0 ? -1 : key.indexOf(':', first + 1);
        if (second < 0) throw new IllegalArgumentException("not a leader key: " + key);
        return new LeaderId(Workspace.parse(key.substring(0, second)), key.substring(second + 1));
    }

    @Override
    public String toString() {
        return key();
    }
}
