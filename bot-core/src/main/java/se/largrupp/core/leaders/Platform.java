package se.largrupp.core.leaders;

import java.util.Locale;

/** The chat platform a leader or a conversation lives on. The sandbox is the built-in web stand-in. */
public enum Platform {
    SLACK, TEAMS, SANDBOX;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Platform fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
