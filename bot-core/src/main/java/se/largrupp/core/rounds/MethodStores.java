package se.largrupp.core.rounds;

import java.util.Objects;
import se.largrupp.core.rounds.roles.JdbcRoleLedger;
import se.largrupp.core.rounds.roles.RoleLedger;
import se.largrupp.core.storage.Jdbc;

/** What the meeting method keeps beside the rounds: each group's template, the roles' ledger, the ground rules agreed. */
public record MethodStores(GroupTemplates templates, RoleLedger roles, GroundRules groundRules) {
    public MethodStores {
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(groundRules, "groundRules");
    }

    public static MethodStores inMemory() {
        return new MethodStores(GroupTemplates.inMemory(), RoleLedger.inMemory(), GroundRules.inMemory());
    }

    /** Tables V90 and V91. */
    public static MethodStores jdbc(Jdbc jdbc) {
        return new MethodStores(new JdbcGroupTemplates(jdbc), new JdbcRoleLedger(jdbc), new JdbcGroundRules(jdbc));
    }
}
