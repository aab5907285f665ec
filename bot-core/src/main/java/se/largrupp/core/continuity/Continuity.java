package se.largrupp.core.continuity;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.HandlerRegistry;
import se.largrupp.core.groups.BookingChanged;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.leaders.usecases.ParticipationChanged;
import se.largrupp.core.leaders.usecases.StatusNotes;
import se.largrupp.core.meetings.Meetings;
import se.largrupp.core.port.GroupConversations;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.PersonalData;
import se.largrupp.core.port.Transactions;
import se.largrupp.core.port.Wakeups;

/**
 * Groups that never run dry: newcomers placed at once, shrinking groups refilled or merged, waiting leaders offered
 * a group of their own, and leaders who start their own group ({@code group new}). {@code Largrupp} assembles it
 * when its builder is given {@link ContinuityOptions}; the regrouping feature must be installed too (it opens the
 * conversations of the groups formed here) and should get {@link ContinuityOptions#continuation}.
 */
public final class Continuity {
    private final StartOwnGroup start;
    private final AnswerInvitation answer;
    private final KeepChoice keep;
    private final AnswerMerge merge;
    private final DecideProposal decide;
    private final List<Wakeups.Handler> wakeupHandlers;
    private final OnParticipation participation;
    private final WaitingNotes notes;
    private final ContinuityData data;

    /** @param wakeups the after-commit ones; @param admins the admins of a workspace (configured and added in chat) */
    public Continuity(Leaders leaders, Groups groups, Meetings meetings, Outbox outbox, Wakeups wakeups,
                      GroupConversations conversations, Transactions transactions, Clock clock, Texts texts,
                      Function<Workspace, List<LeaderId>> admins, List<BookingChanged> bookingListeners, ContinuityOptions options) {
        Deps d = new Deps(leaders, groups, meetings, outbox, wakeups, conversations, transactions, clock,
                new ContinuityMessages(texts), options, admins, List.copyOf(bookingListeners));
        JoinGroup join = new JoinGroup(d);
        Invite invite = new Invite(d);
        FormGroup form = new FormGroup(d);
        Approvals approvals = new Approvals(d);
        WaitingMessages waiting = new WaitingMessages(d);
        this.start = new StartOwnGroup(d, invite);
        this.answer = new AnswerInvitation(d, form, join);
        this.keep = new KeepChoice(d);
        this.merge = new AnswerMerge(d);
        this.decide = new DecideProposal(d, join, invite);
        this.participation = new OnParticipation(d, invite);
        this.notes = new WaitingNotes(d, waiting);
        this.data = new ContinuityData(d);
        this.wakeupHandlers = List.of(new PlaceNewcomers(d, join, invite, approvals, new SmallGroups(d), waiting),
                new InvitationExpiry(d, form, answer), new AdmitNewcomer(groups, conversations, transactions, wakeups, clock));
    }

    public void registerIn(HandlerRegistry registry) {
        registry.register(Command.GroupNew.class, start);
        registry.register(Command.GroupAnswer.class, answer);
        registry.register(Command.GroupKeep.class, keep);
        registry.register(Command.Merge.class, merge);
        registry.register(Command.Placement.class, decide);
    }

    public List<Wakeups.Handler> wakeupHandlers() {
        return wakeupHandlers;
    }

    public ParticipationChanged participationListener() {
        return participation;
    }

    public StatusNotes statusNotes() {
        return notes;
    }

    public PersonalData personalData() {
        return data;
    }
}
