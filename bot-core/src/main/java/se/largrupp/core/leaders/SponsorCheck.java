package se.largrupp.core.leaders;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sponsor is configured ({@code LARGRUPP_SPONSORS}, the same entries as {@code LARGRUPP_ADMINS}) or stored
 * ({@link Sponsors}). As with admins, a configured address becomes a user id once the adapter has looked it up.
 */
public final class SponsorCheck {
    private final ConfiguredAdmins configured;
    private final Sponsors stored;
    private final Set<LeaderId> configuredByAddress = ConcurrentHashMap.newKeySet();

    public SponsorCheck(ConfiguredAdmins configured, Sponsors stored) {
        this.configured = configured;
        this.stored = stored;
    }

    public boolean isSponsor(LeaderId who) {
        return isConfigured(who) || stored.isSponsor(who);
    }

    public boolean isSponsor(LeaderId who, Collection<String> addresses) {
        if (!addresses.isEmpty() && configured.includesAddress(who.workspace(), addresses)) configuredByAddress.add(who);
        return isSponsor(who);
    }

    public boolean isConfigured(LeaderId who) {
        return configured.includes(who) || configuredByAddress.contains(who);
    }

    public boolean wantsAddresses() {
        return configured.namesAddresses();
    }

    /** No sponsor at all: for a core built without a sponsor store. */
    public static SponsorCheck none() {
        return new SponsorCheck(ConfiguredAdmins.none(), new Sponsors() {
            @Override public boolean isSponsor(LeaderId who) { return false; }
            @Override public Set<LeaderId> added(Workspace workspace) { return Set.of(); }
            @Override public void add(LeaderId who, LeaderId by) { throw new UnsupportedOperationException("no sponsor store"); }
            @Override public void remove(LeaderId who) { }
        });
    }
}
