package se.largrupp.core.leaders.usecases;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Reply;
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
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.PersonalData;

/**
 * GDPR art. 17: first asks, then deletes the leader, takes them out of every group (the others are told without
 * their name), removes their RSVPs and any admin role added in chat, and has every feature erase what it keeps that
 * names them ({@link PersonalData}: messages still to be sent, rounds' turn orders, previews ...).
 */
public final class ForgetMe implements CommandHandler<Command.ForgetMe> {
    private final Leaders leaders;
    private final Groups groups;
    private final Meetings meetings;
    private final Admins admins;
    private final GroupDeparture departure;
    private final List<PersonalData> personalData;

    public ForgetMe(Leaders leaders, Groups groups, Meetings meetings, Admins admins, Outbox outbox, Texts texts,
                    List<BookingChanged> bookingListeners, List<PersonalData> personalData) {
        this.leaders = leaders;
        this.groups = groups;
        this.meetings = meetings;
        this.admins = admins;
        this.departure = new GroupDeparture(groups, leaders, outbox, texts, bookingListeners);
        this.personalData = List.copyOf(personalData);
    }

    @Override
    public Reply handle(CommandContext c, Command.ForgetMe command) {
        LeaderId me = c.actor();
        boolean stored = leaders.find(me).isPresent() || admins.isAdmin(me);
        if (!stored) return c.toCaller("leaders.forget.nothing");
        if (!command.confirmed()) {
            return Reply.toCaller(Message.of(new Message.Block.Text(c.text("leaders.forget.ask")),
                    new Message.Block.Actions(List.of(new Message.Button("forget-me-confirm", c.text("leaders.forget.button"),
                            new Command.ForgetMe(true).canonical(), Message.Style.DANGER)))));
        }
        // Collect every group first: once out of the active group, it no longer shows them in its history.
        Set<GroupId> mine = new LinkedHashSet<>();
        groups.activeGroupOf(me).ifPresent(g -> mine.add(g.id()));
        for (CoMembership past : groups.history(me.workspace()))
            if (past.a().equals(me) || past.b().equals(me)) mine.add(past.group());
        Set<ConversationRef> where = new LinkedHashSet<>();
        mine.forEach(id -> groups.find(id).flatMap(LearningGroup::conversation).ifPresent(where::add));
        String name = leaders.find(me).map(Leader::displayName).orElse(c.invocation().actorName());
        departure.depart(me, "", false, c.now());
        mine.forEach(id -> groups.find(id).ifPresent(g -> forgetIn(g, me)));
        personalData.forEach(p -> p.erase(me, name, where));
        admins.remove(me);
        leaders.forget(me);
        return c.toCaller("leaders.forget.done");
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
