package se.largrupp.core.meetings;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Leaders;

/** A group with its members' profiles loaded: names to show, the language to speak to the group in. */
public record GroupPeople(LearningGroup group, Map<LeaderId, Leader> leaders) {

    public static GroupPeople load(LearningGroup group, Leaders leaders) {
        Map<LeaderId, Leader> found = new LinkedHashMap<>();
        for (LeaderId id : group.members()) leaders.find(id).ifPresent(l -> found.put(id, l));
        return new GroupPeople(group, found);
    }

    public String name(LeaderId id) {
        Leader l = leaders.get(id);
        return l == null ? id.user() : l.displayName();
    }

    public String names(List<LeaderId> ids) {
        return ids.stream().map(this::name).collect(Collectors.joining(", "));
    }

    /** The language of a message to the whole group: the one rule, {@link Language#forGroup}. */
    public Language language() {
        return Language.forGroup(leaders.values());
    }

    /** Members who take part on {@code day} (not paused, not left), in the group's member order. */
    public List<LeaderId> activeMembers(LocalDate day) {
        return group.members().stream()
                .filter(id -> leaders.containsKey(id) && leaders.get(id).status().takesPartOn(day))
                .toList();
    }
}
