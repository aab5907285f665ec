package se.largrupp.core.rounds;

import java.util.Objects;
import se.largrupp.core.pulse.InMemoryPulseStore;
import se.largrupp.core.pulse.JdbcPulseStore;
import se.largrupp.core.pulse.PulseStore;
import se.largrupp.core.rounds.roles.JdbcRoleLedger;
import se.largrupp.core.rounds.roles.RoleLedger;
import se.largrupp.core.storage.Jdbc;

/**
 * What the meeting method keeps beside the rounds: each group's template, the roles' ledger, the ground rules agreed,
 * and the anonymous pulse's counts.
 */
public final class MethodStores {
    private final GroupTemplates templates;
    private final RoleLedger roles;
    private final GroundRules groundRules;
    private final PulseStore pulse;

    public MethodStores(GroupTemplates templates, RoleLedger roles, GroundRules groundRules, PulseStore pulse) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.roles = Objects.requireNonNull(roles, "roles");
        this.groundRules = Objects.requireNonNull(groundRules, "groundRules");
        this.pulse = Objects.requireNonNull(pulse, "pulse");
    }

    public GroupTemplates templates() { return templates; }

    public RoleLedger roles() { return roles; }

    public GroundRules groundRules() { return groundRules; }

    public PulseStore pulse() { return pulse; }

    public static MethodStores inMemory() {
        return new MethodStores(GroupTemplates.inMemory(), RoleLedger.inMemory(), GroundRules.inMemory(), new InMemoryPulseStore());
    }

    /** Tables V90, V91 and V92. */
    public static MethodStores jdbc(Jdbc jdbc) {
        return new MethodStores(new JdbcGroupTemplates(jdbc), new JdbcRoleLedger(jdbc), new JdbcGroundRules(jdbc), new JdbcPulseStore(jdbc));
    }
}
