package se.largrupp.core.leaders;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An admin is configured ({@code LARGRUPP_ADMINS}) or was added in chat by another admin. A configured e-mail address
 * becomes a user id when that user writes to the bot and the adapter looked their address up; this instance remembers
 * it until it stops (the address stays in the configuration, so the next message after a restart finds it again).
 */
public final class AdminCheck {
    private final ConfiguredAdmins configured;
    private final Admins stored;
    private final Set<LeaderId> configuredByAddress = ConcurrentHashMap.newKeySet();

    public AdminCheck(ConfiguredAdmins configured, Admins stored) {
        this.configured = configured;
        this.stored = stored;
    }

    public boolean isAdmin(LeaderId who) {
        return isConfigured(who) || stored.isAdmin(who);
    }

    /** As {@link #isAdmin(LeaderId)}, first learning whether one of the caller's addresses is configured. */
    public boolean isAdmin(LeaderId who, Collection<String> addresses) {
        if (!addresses.isEmpty() && configured.includesAddress(who.workspace(), addresses)) configuredByAddress.add(who);
        return isAdmin(who);
    }

    public boolean isConfigured(LeaderId who) {
        return configured.includes(who) || configuredByAddress.contains(who);
    }

    /** Whether {@code LARGRUPP_ADMINS} names anyone by address (then adapters look callers' addresses up). */
    public boolean wantsAddresses() {
        return configured.namesAddresses();
    }
}
