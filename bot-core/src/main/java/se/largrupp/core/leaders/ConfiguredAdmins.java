package se.largrupp.core.leaders;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The admins named in {@code LARGRUPP_ADMINS}: comma-separated entries, each either a bare user id (an admin in
 * any workspace it appears in, which is what a one-workspace installation wants) or {@code platform:workspace:user}.
 */
public final class ConfiguredAdmins {
    private final List<String> anyWorkspace;
    private final List<LeaderId> exact;

    private ConfiguredAdmins(List<String> anyWorkspace, List<LeaderId> exact) {
        this.anyWorkspace = List.copyOf(anyWorkspace);
        this.exact = List.copyOf(exact);
    }

    public static ConfiguredAdmins none() {
        return new ConfiguredAdmins(List.of(), List.of());
    }

    /** @throws IllegalArgumentException naming the bad entry, so start-up fails with a clear message */
    public static ConfiguredAdmins parse(String value) {
        List<String> bare = new ArrayList<>();
        List<LeaderId> exact = new ArrayList<>();
        if (value == null) return none();
        for (String raw : value.split(",")) {
            String entry = raw.trim();
            if (entry.isEmpty()) continue;
            if (!entry.matches("[A-Za-z0-9:._@-]{1,200}"))
                throw new IllegalArgumentException("LARGRUPP_ADMINS: not a user id: '" + entry + "'");
            // Teams user ids contain colons themselves ("29:1abc"), so only a known platform prefix makes an entry exact.
            String[] parts = entry.split(":", 3);
            if (parts.length == 3 && isPlatform(parts[0])) {
                if (parts[1].isEmpty() || parts[2].isEmpty())
                    throw new IllegalArgumentException("LARGRUPP_ADMINS: expected platform:workspace:user, got '" + entry + "'");
                exact.add(LeaderId.of(Platform.fromKey(parts[0]), parts[1], parts[2]));
            } else {
                bare.add(entry);
            }
        }
        return new ConfiguredAdmins(bare, exact);
    }

    private static boolean isPlatform(String key) {
        for (Platform p : Platform.values()) if (p.key().equals(key.toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    public boolean includes(LeaderId who) {
        return exact.contains(who) || anyWorkspace.contains(who.user());
    }

    public int size() {
        return anyWorkspace.size() + exact.size();
    }
}
