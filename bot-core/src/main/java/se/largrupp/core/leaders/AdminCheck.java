package se.largrupp.core.leaders;

/** An admin is configured ({@code LARGRUPP_ADMINS}) or was added in chat by another admin. */
public final class AdminCheck {
    private final ConfiguredAdmins configured;
    private final Admins stored;

    public AdminCheck(ConfiguredAdmins configured, Admins stored) {
        this.configured = configured;
        this.stored = stored;
    }

    public boolean isAdmin(LeaderId who) {
        return configured.includes(who) || stored.isAdmin(who);
    }

    public boolean isConfigured(LeaderId who) {
        return configured.includes(who);
    }
}
