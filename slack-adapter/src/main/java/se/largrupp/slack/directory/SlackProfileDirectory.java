package se.largrupp.slack.directory;

import com.slack.api.model.Team;
import com.slack.api.model.User;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.orgchart.Directory;
import se.largrupp.slack.web.SlackWebApi;

/**
 * The workspace's profile fields as a directory: a field of type {@code user} for the manager (a SCIM-managed one
 * counts) and a department field, found with {@code team.profile.get} by the labels an admin gives
 * ({@code SLACK_MANAGER_FIELD}, {@code SLACK_DEPARTMENT_FIELD}: a label or a field id), else by an obvious label
 * (manager / chef, department / avdelning); each leader's values are read with {@code users.profile.get}
 * (scope {@code users.profile:read}). A workspace without such fields has no directory.
 */
public final class SlackProfileDirectory implements Directory {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final List<String> MANAGER_LABELS = List.of("manager", "chef", "närmaste chef", "supervisor", "reports to");
    private static final List<String> DEPARTMENT_LABELS = List.of("department", "avdelning", "division", "enhet");
    private final Function<String, SlackWebApi> apis;
    private final Optional<String> managerField;
    private final Optional<String> departmentField;

    /** The fields found per workspace, once per start: profile fields change rarely and an admin restarts after renaming them. */
    private final Map<String, Optional<Fields>> fields = new ConcurrentHashMap<>();

    record Fields(Optional<String> manager, Optional<String> department) {}

    /** @param apis the Web API with the token of a workspace (team id), as every other call of the adapter */
    public SlackProfileDirectory(Function<String, SlackWebApi> apis, Optional<String> managerField, Optional<String> departmentField) {
        this.apis = apis;
        this.managerField = managerField.map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty());
        this.departmentField = departmentField.map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty());
    }

    @Override
    public boolean covers(Workspace workspace) {
        return workspace.platform() == Platform.SLACK && fields(workspace.id()).filter(f -> f.manager().isPresent() || f.department().isPresent()).isPresent();
    }

    @Override
    public Optional<Entry> lookup(LeaderId person) {
        Optional<Fields> f = fields(person.workspace().id());
        if (f.isEmpty()) return Optional.empty();
        var r = apis.apply(person.workspace().id()).callPatiently("users.profile.get", Optional.empty(), PATIENCE, c -> c.usersProfileGet(q -> q.user(person.user())));
        if (r.ok().isEmpty() || r.ok().get().getProfile() == null) return Optional.empty();
        Map<String, User.Profile.Field> values = Optional.ofNullable(r.ok().get().getProfile().getFields()).orElse(Map.of());
        Optional<String> department = f.get().department().map(values::get).map(User.Profile.Field::getValue)
                .map(String::strip).filter(s -> !s.isEmpty());
        List<LeaderId> managers = f.get().manager().map(values::get).map(User.Profile.Field::getValue)
                .map(v -> v.split(",")[0].strip()).filter(v -> v.matches("[UW][A-Z0-9]{2,}")).filter(v -> !v.equals(person.user()))
                .map(v -> List.of(new LeaderId(person.workspace(), v))).orElse(List.of());
        return Optional.of(new Entry(department, managers));
    }

    private Optional<Fields> fields(String team) {
        Optional<Fields> known = fields.get(team);
        if (known != null) return known;
        var r = apis.apply(team).callPatiently("team.profile.get", Optional.empty(), PATIENCE, c -> c.teamProfileGet(q -> q));
        if (r.ok().isEmpty()) return Optional.empty(); // asked again next time
        List<Team.Profile> all = r.ok().get().getProfile() == null || r.ok().get().getProfile().getFields() == null ? List.of()
                : r.ok().get().getProfile().getFields();
        Optional<String> manager = pick(all, managerField, MANAGER_LABELS, true);
        Optional<String> department = pick(all, departmentField, DEPARTMENT_LABELS, false);
        Optional<Fields> found = Optional.of(new Fields(manager, department));
        fields.put(team, found);
        return found;
    }

    /** The field named by the setting (label or id), else the first whose label is an obvious one. */
    private static Optional<String> pick(List<Team.Profile> all, Optional<String> named, List<String> labels, boolean userType) {
        for (Team.Profile p : all) {
            String label = p.getLabel() == null ? "" : p.getLabel().strip().toLowerCase(Locale.ROOT);
            String id = p.getId() == null ? "" : p.getId().toLowerCase(Locale.ROOT);
            boolean typeOk = !userType || "user".equals(p.getType());
            if (named.isPresent() ? (named.get().equals(label) || named.get().equals(id)) : typeOk && labels.contains(label))
                return Optional.ofNullable(p.getId());
        }
        return Optional.empty();
    }
}
