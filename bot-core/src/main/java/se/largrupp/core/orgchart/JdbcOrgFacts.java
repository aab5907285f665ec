package se.largrupp.core.orgchart;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.storage.Jdbc;
import se.largrupp.core.storage.Rows;

/** {@link OrgFacts} in {@code org_facts}, {@code org_invited} and {@code org_not_with} (V110). */
public final class JdbcOrgFacts implements OrgFacts {
    private static final String COLUMNS = "leader_key, source, department, manager_key, zone, location, updated_at";
    private final Jdbc jdbc;

    public JdbcOrgFacts(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<FactSource, OrgFact> of(LeaderId person) {
        Map<FactSource, OrgFact> out = new EnumMap<>(FactSource.class);
        jdbc.query("SELECT " + COLUMNS + " FROM org_facts WHERE leader_key = ?", JdbcOrgFacts::row, person.key())
                .forEach(f -> out.put(f.source(), f));
        return out;
    }

    @Override
    public Map<LeaderId, Map<FactSource, OrgFact>> inWorkspace(Workspace workspace) {
        Map<LeaderId, Map<FactSource, OrgFact>> out = new LinkedHashMap<>();
        jdbc.query("SELECT " + COLUMNS + " FROM org_facts WHERE workspace_key = ? ORDER BY leader_key", JdbcOrgFacts::row,
                workspace.key()).forEach(f -> out.computeIfAbsent(f.person(), k -> new EnumMap<>(FactSource.class)).put(f.source(), f));
        return out;
    }

    @Override
    public void save(OrgFact f) {
        Object[] values = {f.department().orElse(null), f.manager().map(LeaderId::key).orElse(null),
                f.zone().map(ZoneId::getId).orElse(null), f.location().orElse(null), f.updatedAt(), f.person().key(), f.source().name()};
        int updated = jdbc.update("UPDATE org_facts SET department = ?, manager_key = ?, zone = ?, location = ?, updated_at = ? "
                + "WHERE leader_key = ? AND source = ?", values);
        if (updated == 0)
            jdbc.update("INSERT INTO org_facts (department, manager_key, zone, location, updated_at, leader_key, source, workspace_key) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", append(values, f.person().workspace().key()));
    }

    @Override
    public void invite(LeaderId person, String displayName, Instant at) {
        int updated = jdbc.update("UPDATE org_invited SET display_name = ? WHERE leader_key = ?", displayName, person.key());
        if (updated == 0)
            jdbc.update("INSERT INTO org_invited (leader_key, workspace_key, display_name, imported_at) VALUES (?, ?, ?, ?)",
                    person.key(), person.workspace().key(), displayName, at);
    }

    @Override
    public List<Invited> invited(Workspace workspace) {
        return jdbc.query("SELECT i.leader_key, i.display_name, i.imported_at, i.invitation_sent_at FROM org_invited i "
                        + "WHERE i.workspace_key = ? AND NOT EXISTS (SELECT 1 FROM leaders l WHERE l.leader_key = i.leader_key "
                        + "AND l.status <> 'left') ORDER BY i.imported_at, i.leader_key",
                rs -> new Invited(LeaderId.parse(rs.getString("leader_key")), rs.getString("display_name"),
                        Rows.instant(rs, "imported_at"), Rows.optionalInstant(rs, "invitation_sent_at")), workspace.key());
    }

    @Override
    public boolean markInvitationSent(LeaderId person, Instant at) {
        return jdbc.update("UPDATE org_invited SET invitation_sent_at = ? WHERE leader_key = ? AND invitation_sent_at IS NULL",
                at, person.key()) == 1;
    }

    @Override
    public void saveNotWith(LeaderId person, List<LeaderId> others) {
        jdbc.update("DELETE FROM org_not_with WHERE leader_key = ?", person.key());
        int position = 0;
        for (LeaderId o : others)
            jdbc.update("INSERT INTO org_not_with (leader_key, other_key, position) VALUES (?, ?, ?)", person.key(), o.key(), position++);
    }

    @Override
    public List<LeaderId> notWith(LeaderId person) {
        return jdbc.query("SELECT other_key FROM org_not_with WHERE leader_key = ? ORDER BY position",
                rs -> LeaderId.parse(rs.getString(1)), person.key());
    }

    @Override
    public void forget(LeaderId person) {
        String key = person.key();
        jdbc.update("DELETE FROM org_facts WHERE leader_key = ?", key);
        jdbc.update("UPDATE org_facts SET manager_key = NULL WHERE manager_key = ?", key);
        jdbc.update("DELETE FROM org_invited WHERE leader_key = ?", key);
        jdbc.update("DELETE FROM org_not_with WHERE leader_key = ? OR other_key = ?", key, key);
    }

    @Override
    public List<Workspace> workspacesWithLeaders() {
        return jdbc.query("SELECT DISTINCT workspace_key FROM leaders WHERE status <> 'left' ORDER BY workspace_key",
                rs -> Workspace.parse(rs.getString(1)));
    }

    private static OrgFact row(ResultSet rs) throws SQLException {
        return new OrgFact(LeaderId.parse(rs.getString("leader_key")), FactSource.valueOf(rs.getString("source")),
                Rows.optionalString(rs, "department"), Rows.optionalString(rs, "manager_key").map(LeaderId::parse),
                Rows.optionalString(rs, "zone").map(ZoneId::of), Rows.optionalString(rs, "location"), Rows.instant(rs, "updated_at"));
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] out = java.util.Arrays.copyOf(values, values.length + 1);
        out[values.length] = last;
        return out;
    }
}
