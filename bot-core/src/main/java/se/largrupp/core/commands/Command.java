package se.largrupp.core.commands;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.largrupp.core.groups.Cadence;
import se.largrupp.core.groups.MeetingFormat;
import se.largrupp.core.leaders.Language;

/**
 * Everything a leader can ask of the bot, parsed from text in Swedish or English (see {@link CommandParser})
 * or built by an adapter from a form. {@link #canonical()} is the English text that parses back to the same command;
 * buttons carry it.
 */
public sealed interface Command {
    String canonical();

    /**
     * @param department free text
     * @param manager    a reference to the manager as the platform gives it (a mention such as {@code <@U123>},
     *                   a user id); resolved by the use case
     */
    record Join(Optional<String> department, Optional<String> manager, Optional<Language> language) implements Command {
        public boolean hasArguments() { return department.isPresent() || manager.isPresent() || language.isPresent(); }
        public String canonical() {
            StringBuilder s = new StringBuilder("join");
            department.ifPresent(d -> s.append(' ').append(d));
            manager.ifPresent(m -> s.append(' ').append(m));
            language.ifPresent(l -> s.append(" language ").append(l.code()));
            return s.toString();
        }
    }

    record Leave() implements Command { public String canonical() { return "leave"; } }

    /**
     * @param confirmed typed in a group's conversation, where "pause" is easily meant for the round's timer, the pause
     *                  of one's participation is asked about first and applied once confirmed
     */
    record Pause(Optional<LocalDate> until, boolean confirmed) implements Command {
        public Pause(Optional<LocalDate> until) { this(until, false); }
        public String canonical() { return until.map(d -> "pause " + d).orElse("pause") + (confirmed ? " confirm" : ""); }
    }

    record Resume() implements Command { public String canonical() { return "resume"; } }

    record Status() implements Command { public String canonical() { return "status"; } }

    /** Empty parts keep what the booking has, or take the defaults (every 2 weeks, 45 min, fika). */
    record Schedule(DayOfWeek weekday, LocalTime time, Optional<Cadence> cadence, Optional<Integer> minutes,
                    Optional<MeetingFormat> format, Optional<URI> link) implements Command {
        public Schedule { Objects.requireNonNull(weekday); Objects.requireNonNull(time); }
        public String canonical() {
            StringBuilder s = new StringBuilder("schedule ").append(weekday.name().toLowerCase()).append(' ').append(time);
            cadence.ifPresent(c -> s.append(" every ").append(c.weeks()).append(" weeks"));
            minutes.ifPresent(m -> s.append(' ').append(m).append(" min"));
            format.ifPresent(f -> s.append(' ').append(f.name().toLowerCase().replace('_', '-')));
            link.ifPresent(l -> s.append(' ').append(l));
            return s.toString();
        }
    }

    /** An answer for the group's next meeting. */
    record Rsvp(boolean coming) implements Command {
        public String canonical() { return coming ? "rsvp yes" : "rsvp no"; }
    }

    /** Skip the next occurrence (offered when fewer than two can come); the standing booking stays. */
    record Skip() implements Command { public String canonical() { return "skip"; } }

    /**
     * @param minutesEach minutes per person, 1–60; empty: meeting length / people present
     * @param present     names or mentions of who is present, as typed; empty: the RSVPs decide
     */
    record Start(Optional<Integer> minutesEach, List<String> present) implements Command {
        public Start { present = List.copyOf(present); }
        public String canonical() {
            StringBuilder s = new StringBuilder("start");
            minutesEach.ifPresent(m -> s.append(' ').append(m));
            present.forEach(p -> s.append(' ').append(p));
            return s.toString();
        }
    }

    /** The next phase of the turn; after the last phase, the next person. */
    record Next() implements Command { public String canonical() { return "next"; } }

    /** Skips the rest of the turn: the next person has the floor. */
    record NextPerson() implements Command { public String canonical() { return "next person"; } }

    /** Shows the group's meeting template and the others; with a name, the group takes that template. */
    record Template(Optional<String> name) implements Command {
        public String canonical() { return name.map(n -> "template " + n).orElse("template"); }
    }

    /** A member present agrees to the group's ground rules (what is shared stays in the group). */
    record Agree() implements Command { public String canonical() { return "agree"; } }

    /**
     * One answer to the anonymous pulse after a meeting.
     *
     * @param pulse    the pulse's id (the round's)
     * @param question 1–3
     * @param value    1–5
     */
    record Pulse(String pulse, int question, int value) implements Command {
        public Pulse { Objects.requireNonNull(pulse); }
        public String canonical() { return "pulse " + pulse + " " + question + " " + value; }
    }

    record Extend(Optional<Integer> minutes) implements Command {
        public String canonical() { return minutes.map(m -> "extend " + m).orElse("extend"); }
    }

    record Hold() implements Command { public String canonical() { return "hold"; } }

    record Continue() implements Command { public String canonical() { return "continue"; } }

    record Stop() implements Command { public String canonical() { return "stop"; } }

    record Rules() implements Command { public String canonical() { return "rules"; } }

    record Questions() implements Command { public String canonical() { return "questions"; } }

    record SetLanguage(Language language) implements Command {
        public String canonical() { return "language " + language.code(); }
    }

    /** Admin: preview a regrouping, then apply the previewed one. */
    record Regroup(Phase phase) implements Command {
        public enum Phase { PREVIEW, APPLY, CANCEL }
        public String canonical() {
            return switch (phase) { case PREVIEW -> "regroup"; case APPLY -> "regroup apply"; case CANCEL -> "regroup cancel"; };
        }
    }

    record Stats() implements Command { public String canonical() { return "stats"; } }

    /** GDPR art. 17: without confirmation the bot only asks. */
    record ForgetMe(boolean confirmed) implements Command {
        public String canonical() { return confirmed ? "forget me confirm" : "forget me"; }
    }

    /** Admin: add or remove an admin of the workspace, by mention or user id. */
    record Admin(boolean add, String who) implements Command {
        public String canonical() { return (add ? "admin add " : "admin remove ") + who; }
    }

    /** Admin: add or remove a sponsor of the workspace (who sees the figures, never content). */
    record Sponsor(boolean add, String who) implements Command {
        public String canonical() { return (add ? "sponsor add " : "sponsor remove ") + who; }
    }

    /**
     * Sponsor or admin: a short message of support to every leader taking part. {@code DRAFT} previews {@code text};
     * {@code SEND} sends the caller's previewed draft, {@code CANCEL} drops it.
     */
    record Encourage(Phase phase, String text) implements Command {
        public enum Phase { DRAFT, SEND, CANCEL }
        public Encourage {
            java.util.Objects.requireNonNull(phase);
            text = text == null ? "" : text;
        }
        public String canonical() {
            return switch (phase) { case DRAFT -> "encourage " + text; case SEND -> "encourage send"; case CANCEL -> "encourage cancel"; };
        }
    }
    /** The caller's calendar subscription (and the .ics); {@code newLink} revokes the old link and makes a new one. */
    record Calendar(boolean newLink) implements Command {
        public Calendar() { this(false); }
        public String canonical() { return newLink ? "calendar new link" : "calendar"; }
    }

    record Help() implements Command { public String canonical() { return "help"; } }

    /** The caller's own ids (platform, workspace or tenant, user, e-mail where known), to give to an operator. */
    record WhoAmI() implements Command { public String canonical() { return "whoami"; } }

    /**
     * A leader starts a group of their own with colleagues they invite (2–3 mentions, as typed); fewer asks the
     * engine to propose colleagues from those waiting for a group.
     */
    record GroupNew(List<String> invitees) implements Command {
        public GroupNew { invitees = List.copyOf(invitees); }
        public String canonical() {
            StringBuilder s = new StringBuilder("group new");
            invitees.forEach(i -> s.append(' ').append(i));
            return s.toString();
        }
    }

    /** An invitee's answer to an invitation to a new group; the id picks one when a leader has several. */
    record GroupAnswer(boolean accept, Optional<String> invitation) implements Command {
        public String canonical() { return (accept ? "group accept" : "group decline") + invitation.map(i -> " " + i).orElse(""); }
    }

    /** A group its members started themselves: keep it together through the next regrouping, or mix it in. */
    record GroupKeep(boolean keep) implements Command {
        public String canonical() { return keep ? "group keep" : "group mix"; }
    }

    /** A small group's answer to the offer of merging with another small group. */
    record Merge(boolean accept, Optional<String> offer) implements Command {
        public String canonical() { return (accept ? "merge yes" : "merge no") + offer.map(o -> " " + o).orElse(""); }
    }

    /**
     * Admin: show the programme's settings ({@code name} empty), or change one: {@code settings departments Sälj, HR},
     * {@code inställningar påminnelser 24 15}. {@code name} and {@code value} are as typed; the use case reads them.
     */
    record Settings(Optional<String> name, String value) implements Command {
        public Settings { Objects.requireNonNull(name); Objects.requireNonNull(value); }
        public static Settings show() { return new Settings(Optional.empty(), ""); }
        public String canonical() { return name.map(n -> ("settings " + n + " " + value).strip()).orElse("settings"); }
    }

    /** Admin ({@code LARGRUPP_PLACEMENT=approve}): approve or skip a proposed placement. */
    record Placement(boolean approve, String proposal) implements Command {
        public Placement { Objects.requireNonNull(proposal); }
        public String canonical() { return (approve ? "placement approve " : "placement skip ") + proposal; }
    }

    /**
     * Admin: the org chart from HR's file. Bare, how to send the file; else the answer to a preview's buttons
     * ({@code orgchart apply|cancel|invite <preview>}).
     */
    record OrgChart(Optional<Phase> phase, Optional<String> preview) implements Command {
        public enum Phase { APPLY, CANCEL, INVITE, SWAP, IGNORE }

        public String canonical() {
            return "orgchart" + phase.map(p -> " " + p.name().toLowerCase(java.util.Locale.ROOT)).orElse("") + preview.map(id -> " " + id).orElse("");
        }
    }

    /**
     * Admin: HR's file sent to the bot (a Slack file share, a Teams attachment). The adapter downloads it and asks the
     * platform who its addresses are before the command runs, so nothing talks to a platform inside its transaction.
     *
     * @param people the addresses the platform knows: e-mail to user id and name
     */
    record OrgChartFile(byte[] file, java.util.Map<String, String[]> people) implements Command {
        public OrgChartFile {
            file = file.clone();
            people = java.util.Map.copyOf(people);
        }

        public byte[] file() { return file.clone(); }

        /** Files are not typed: the text form only names what it is. */
        public String canonical() { return "orgchart"; }
    }
}
