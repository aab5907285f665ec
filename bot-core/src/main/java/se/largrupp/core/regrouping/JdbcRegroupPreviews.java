package se.largrupp.core.regrouping;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.storage.Jdbc;
import se.largrupp.core.storage.Rows;

/** Previews in the {@code regroup_previews} table (V50). */
public final class JdbcRegroupPreviews implements RegroupPreviews {
    private final Jdbc jdbc;

    public JdbcRegroupPreviews(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(RegroupPreview p) {
        delete(p.workspace());
        jdbc.update("INSERT INTO regroup_previews (workspace, base_generation, created_by, created_at, summary, group_members) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                p.workspace().key(), p.baseGeneration(), leader(p.createdBy()), p.createdAt(), p.summary(), encode(p.groups()));
    }

    @Override
    public Optional<RegroupPreview> find(Workspace workspace) {
        return jdbc.queryOne("SELECT workspace, base_generation, created_by, created_at, summary, group_members "
                + "FROM regroup_previews WHERE workspace = ?", JdbcRegroupPreviews::map, workspace.key());
    }

    @Override
    public void delete(Workspace workspace) {
        jdbc.update("DELETE FROM regroup_previews WHERE workspace = ?", workspace.key());
    }

    static String encode(List<List<LeaderId>> groups) {
        StringBuilder s = new StringBuilder();
        for (int g = 0; g < groups.size(); g++)
            for (LeaderId l : groups.get(g))
                s.append(g).append('\t').append(leader(l)).append('\n');
        return s.toString();
    }

    /** Tab-separated: Teams user ids contain colons, so the colon key would be ambiguous. */
    private static String leader(LeaderId l) {
        return l.workspace().platform().key() + "\t" + l.workspace().id() + "\t" + l.user();
    }

    private static LeaderId leader(String text) {
        String[] p = text.split("\t", 3);
        return LeaderId.of(Platform.fromKey(p[0]), p[1], p[2]);
    }

    static List<List<LeaderId>> decode(String text) {
        TreeMap<Integer, List<LeaderId>> groups = new TreeMap<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) continue;
            int tab = line.indexOf('\t');
            groups.computeIfAbsent(Integer.parseInt(line.substring(0, tab)), g -> new ArrayList<>()).add(leader(line.substring(tab + 1)));
        }
        return new ArrayList<>(groups.values());
    }

    private static RegroupPreview map(ResultSet rs) throws SQLException {
        return new RegroupPreview(Workspace.parse(rs.getString("workspace")), rs.getInt("base_generation"),
                leader(rs.getString("created_by")), Rows.instant(rs, "created_at"),
                rs.getString("summary"), decode(rs.getString("group_members")));
    }
}
