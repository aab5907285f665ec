package se.largrupp.core.leaders.usecases;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.largrupp.core.groups.BookingChanged;
import se.largrupp.core.groups.CoMembership;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Admins;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.meetings.Meeting;
import se.largrupp.core.meetings.Meetings;
import se.largrupp.core.meetings.Rsvp;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.PersonalData;

/**
 * Erases a leader, as {@code forget me} and the retention rule need it: out of their active group (the others are
 * told without a name), out of every past group and its answers, their admin role, and whatever each feature keeps
 * that names them ({@link PersonalData}); then their own row. Runs in the caller's transaction.
 */
public final class EraseLeader {
    private final Leaders leaders;
    private final Groups groups;
    private final Meetings meetings;
    private final Admins admins;
    private final GroupDeparture departure;
    private final List<PersonalData> personalData;
    private final List<ParticipationChanged> listeners;

    public EraseLeader(Leaders leaders, Groups groups, Meetings meetings, Admins admins, Outbox outbox, Texts texts,
                       List<BookingChanged> bookingListeners, List<PersonalData> personalData) {
        this(leaders, groups, meetings, admins, outbox, texts, bookingListeners, personalData, List.of());
    }

    /** @param listeners told once the leader is gone: the group they leave may be down to two */
    public EraseLeader(Leaders leaders, Groups groups, Meetings meetings, Admins admins, Outbox outbox, Texts texts,
                       List<BookingChanged> bookingListeners, List<PersonalData> personalData,
                       List<ParticipationChanged> listeners) {
        this.leaders = leaders;
        this.groups = groups;
        this.meetings = meetings;
        this.admins = admins;
        this.departure = new GroupDeparture(groups, leaders, outbox, texts, bookingListeners);
        this.personalData = List.copyOf(personalData);
        this.listeners = List.copyOf(listeners);
    }

    /** @param nameIfUnknown the name messages may carry when the leader has no row (an admin who never joined) */
    void erase(LeaderId me, String nameIfUnknown, Instant now) {
        // Collect every group first: once out of the active group, it no longer shows them in its history.
        Set<GroupId> mine = new LinkedHashSet<>();
        groups.activeGroupOf(me).ifPresent(g -> mine.add(g.id()));
        for (CoMembership past : groups.history(me.workspace()))
            if (past.a().equals(me) || past.b().equals(me)) mine.add(past.group());
        Set<ConversationRef> where = new LinkedHashSet<>();
        mine.forEach(id -> groups.find(id).flatMap(LearningGroup::conversation).ifPresent(where::add));
        // Private messages that name them (an invitation they sent, a placement that listed them), asked before erasing.
        personalData.forEach(p -> where.addAll(p.conversationsNaming(me)));
        String name = leaders.find(me).map(Leader::displayName).orElse(nameIfUnknown);
        departure.depart(me, "", false, now);
        mine.forEach(id -> groups.find(id).ifPresent(g -> forgetIn(g, me)));
        personalData.forEach(p -> p.erase(me, name, where));
        admins.remove(me);
        leaders.forget(me);
        listeners.forEach(l -> l.changed(me, now));
    }

    private void forgetIn(LearningGroup group, LeaderId me) {
        List<LeaderId> remaining = group.members().stream().filter(m -> !m.equals(me)).toList();
        if (!remaining.isEmpty() && remaining.size() < group.members().size()) groups.save(group.withMembers(remaining));
        for (Meeting m : meetings.ofGroup(group.id())) {
            if (!m.rsvps().containsKey(me)) continue;
            Map<LeaderId, Rsvp> rest = new LinkedHashMap<>(m.rsvps());
            rest.remove(me);
            meetings.save(new Meeting(m.group(), m.startsAt(), rest, m.status()));
        }
    }
}
