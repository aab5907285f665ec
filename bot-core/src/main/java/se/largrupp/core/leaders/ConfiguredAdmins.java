package se.largrupp.core.leaders;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The admins named in {@code LARGRUPP_ADMINS}: comma-separated entries, each a bare user id (an admin in any
 * workspace it appears in, which is what a one-workspace installation wants), {@code platform:workspace:user}, or an
 * e-mail address / UPN such as {@code anna.ek@example.se} (optionally {@code teams:tenant:anna.ek@example.se}): Teams
 * users cannot see their Entra object id, but the bot can look up their address when they write to it.
 */
public final class ConfiguredAdmins {
    private final List<String> anyWorkspace;
    private final List<LeaderId> exact;
    private final List<String> addresses;
    private final List<LeaderId> scopedAddresses;

    private ConfiguredAdmins(List<String> anyWorkspace, List<LeaderId> exact, List<String> addresses, List<LeaderId> scopedAddresses) {
        this.anyWorkspace = List.copyOf(anyWorkspace);
        this.exact = List.copyOf(exact);
        this.addresses = List.copyOf(addresses);
        this.scopedAddresses = List.copyOf(scopedAddresses);
    }

    public static ConfiguredAdmins none() {
        return new ConfiguredAdmins(List.of(), List.of(), List.of(), List.of());
    }

    /** @throws IllegalArgumentException naming the bad entry, so start-up fails with a clear message */
    public static ConfiguredAdmins parse(String value) {
        return parse("LARGRUPP_ADMINS", value);
    }

    /** As {@link #parse(String)} for another setting of the same form ({@code LARGRUPP_SPONSORS}), named in problems. */
    public static ConfiguredAdmins parse(String setting, String value) {
        List<String> bare = new ArrayList<>();
        List<LeaderId> exact = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        List<LeaderId> scoped = new ArrayList<>();
        if (value == null) return none();
        for (String raw : value.split(",")) {
            String entry = raw.trim();
            if (entry.isEmpty()) continue;
            if (!entry.matches("[A-Za-z0-9:._@+-]{1,200}"))
                throw new IllegalArgumentException(setting + ": not a user id or e-mail address: '" + entry + "'");
            // Teams user ids contain colons themselves ("29:1abc"), so only a known platform prefix makes an entry exact.
            String[] parts = entry.split(":", 3);
            if (parts.length == 3 && isPlatform(parts[0])) {
                if (parts[1].isEmpty() || parts[2].isEmpty())
                    throw new IllegalArgumentException(setting + ": expected platform:workspace:user, got '" + entry + "'");
                LeaderId id = LeaderId.of(Platform.fromKey(parts[0]), parts[1], isAddress(parts[2]) ? lower(parts[2]) : parts[2]);
                (isAddress(parts[2]) ? scoped : exact).add(id);
            } else if (isAddress(entry)) {
                addresses.add(lower(entry));
            } else {
                bare.add(entry);
            }
        }
        return new ConfiguredAdmins(bare, exact, addresses, scoped);
    }

    /** An e-mail address or UPN: something before and after one '@', with a dot in the domain. */
    private static boolean isAddress(String s) {
        return s.matches("[^@:]+@[^@:]+\\.[^@:]+");
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static boolean isPlatform(String key) {
        for (Platform p : Platform.values()) if (p.key().equals(key.toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    public boolean includes(LeaderId who) {
        return exact.contains(who) || anyWorkspace.contains(who.user());
    }

    /** Whether one of the caller's addresses names them as an admin of their workspace. */
    public boolean includesAddress(Workspace workspace, Collection<String> theirs) {
        for (String a : theirs) {
            String address = lower(a);
            if (addresses.contains(address) || scopedAddresses.contains(new LeaderId(workspace, address))) return true;
        }
        return false;
    }

    /** Whether any entry is an address, so an adapter knows whether looking addresses up is worth a platform call. */
    public boolean namesAddresses() {
        return !addresses.isEmpty() || !scopedAddresses.isEmpty();
    }

    public int size() {
        return anyWorkspace.size() + exact.size() + addresses.size() + scopedAddresses.size();
    }
}
