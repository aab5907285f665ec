package se.largrupp.core.rounds;

import java.util.Optional;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.storage.Jdbc;

/** Each group's chosen template in {@code group_templates} (V90). */
public final class JdbcGroupTemplates implements GroupTemplates {
    private final Jdbc jdbc;

    public JdbcGroupTemplates(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> of(GroupId group) {
        return jdbc.queryOne("SELECT template FROM group_templates WHERE group_id = ?", rs -> rs.getString(1), group.value());
    }

    @Override
    public void choose(GroupId group, String template) {
        if (jdbc.update("UPDATE group_templates SET template = ? WHERE group_id = ?", template, group.value()) == 0)
            jdbc.update("INSERT INTO group_templates (group_id, template) VALUES (?, ?)", group.value(), template);
    }
}
