package se.largrupp.core;

import java.util.List;
import java.util.random.RandomGenerator;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.HandlerRegistry;
import se.largrupp.core.commands.ShowHelp;
import se.largrupp.core.groups.BookingChanged;
import se.largrupp.core.groups.usecases.SetStandingBooking;
import se.largrupp.core.leaders.AdminCheck;
import se.largrupp.core.leaders.usecases.ChooseLanguage;
import se.largrupp.core.leaders.usecases.EraseLeader;
import se.largrupp.core.leaders.usecases.ForgetMe;
import se.largrupp.core.leaders.usecases.JoinProgramme;
import se.largrupp.core.leaders.usecases.LeaveProgramme;
import se.largrupp.core.leaders.usecases.ManageAdmins;
import se.largrupp.core.leaders.usecases.ParticipationChanged;
import se.largrupp.core.leaders.usecases.StatusNotes;
import se.largrupp.core.leaders.usecases.PauseParticipation;
import se.largrupp.core.leaders.usecases.ResumeParticipation;
import se.largrupp.core.leaders.usecases.ShowOwnIds;
import se.largrupp.core.leaders.usecases.ShowStats;
import se.largrupp.core.leaders.usecases.ShowStatus;
import se.largrupp.core.meetings.usecases.AnswerRsvp;
import se.largrupp.core.meetings.NextOpener;
import se.largrupp.core.meetings.RsvpRecorded;
import se.largrupp.core.meetings.usecases.SkipNextMeeting;
import se.largrupp.core.port.PersonalData;
import se.largrupp.core.prompts.ShowQuestions;
import se.largrupp.core.prompts.ShowRules;

/** The handlers the core itself provides; rounds, calendar and regrouping come from their features. */
final class CoreHandlers {
    private CoreHandlers() {}

    /** Other features' hooks into the core's use cases. */
    record Listeners(List<BookingChanged> booking, List<RsvpRecorded> rsvp, List<PersonalData> personalData,
                     List<ParticipationChanged> participation, List<StatusNotes> statusNotes,
                     se.largrupp.core.leaders.KnownFacts known) {
        Listeners {
            booking = List.copyOf(booking);
            rsvp = List.copyOf(rsvp);
            personalData = List.copyOf(personalData);
            participation = List.copyOf(participation);
            statusNotes = List.copyOf(statusNotes);
        }
    }

    /** Erasing a leader, for forget me and the retention rule alike. */
    static EraseLeader eraser(Largrupp.Ports p, Listeners listeners) {
        return new EraseLeader(p.leaders(), p.groups(), p.meetings(), p.admins(), p.outbox(), p.texts(), listeners.booking(),
                listeners.personalData(), listeners.participation());
    }

    static void register(HandlerRegistry r, Largrupp.Ports p, AdminCheck admins, Listeners listeners,
                         RandomGenerator random, NextOpener opener, EraseLeader erase) {
        r.register(Command.Join.class, new JoinProgramme(p.leaders(), listeners.participation(), listeners.known()));
        r.register(Command.Leave.class, new LeaveProgramme(p.leaders(), p.groups(), p.outbox(), p.texts(), listeners.booking(),
                listeners.participation()));
        r.register(Command.Pause.class, new PauseParticipation(p.leaders(), p.groups(), listeners.participation()));
        r.register(Command.Resume.class, new ResumeParticipation(p.leaders(), listeners.participation()));
        r.register(Command.SetLanguage.class, new ChooseLanguage(p.leaders()));
        r.register(Command.ForgetMe.class, new ForgetMe(p.leaders(), p.admins(), erase));
        r.register(Command.Admin.class, new ManageAdmins(p.admins(), admins, p.leaders()));
        r.register(Command.Status.class, new ShowStatus(p.leaders(), p.meetings(), opener, listeners.statusNotes()));
        r.register(Command.Schedule.class, new SetStandingBooking(p.groups(), p.leaders(), p.outbox(), listeners.booking()));
        r.register(Command.Rsvp.class, new AnswerRsvp(p.meetings(), listeners.rsvp()));
        r.register(Command.Skip.class, new SkipNextMeeting(p.meetings(), p.leaders(), p.outbox(), p.texts()));
        r.register(Command.Stats.class, new ShowStats(p.leaders(), p.groups(), p.meetings()));
        r.register(Command.Rules.class, new ShowRules(p.leaders()));
        r.register(Command.Questions.class, new ShowQuestions(random, p.leaders()));
        r.register(Command.Help.class, new ShowHelp());
        r.register(Command.WhoAmI.class, new ShowOwnIds());
    }
}
