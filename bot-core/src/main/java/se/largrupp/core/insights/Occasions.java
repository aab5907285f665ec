package se.largrupp.core.insights;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.meetings.Meeting;
import se.largrupp.core.meetings.MeetingStatus;

/**
 * A group's meetings as facts: each occurrence held, skipped or neither, with who was present. A round that ran is
 * a held meeting — of the occurrence it belongs to (within half a day of it), else a meeting of its own.
 */
final class Occasions {
    static final Duration SAME_MEETING = Duration.ofHours(12);

    enum Kind { HELD, SKIPPED, UNRECORDED, UPCOMING }

    /**
     * @param present who was there, when known (a round's turn order, else the answers "coming" of a held meeting)
     * @param invited the members asked to answer (past occurrences that were not skipped), and how many did
     */
    record Occasion(LearningGroup group, Instant at, Kind kind, Optional<List<LeaderId>> present, int invited, int answered) {
        int expected() {
            return group.members().size();
        }
    }

    private Occasions() {}

    static List<Occasion> of(LearningGroup group, History history, Instant now) {
        List<History.RoundHeld> rounds = new ArrayList<>(history.roundsOf(group.id()));
        List<Occasion> out = new ArrayList<>();
        for (Meeting m : history.meetingsOf(group.id())) {
            Optional<History.RoundHeld> round = rounds.stream()
                    .filter(r -> Duration.between(m.startsAt(), r.startedAt()).abs().compareTo(SAME_MEETING) <= 0).findFirst();
            round.ifPresent(rounds::remove);
            boolean past = m.startsAt().isBefore(now);
            int invited = past && m.status() != MeetingStatus.SKIPPED ? group.members().size() : 0;
            int answered = invited == 0 ? 0 : (int) m.rsvps().keySet().stream().filter(group.members()::contains).count();
            Kind kind;
            Optional<List<LeaderId>> present = Optional.empty();
            if (m.status() == MeetingStatus.SKIPPED && round.isEmpty()) kind = Kind.SKIPPED;
            else if (round.isPresent()) {
                kind = Kind.HELD;
                present = Optional.of(round.get().present());
            } else if (m.status() == MeetingStatus.HELD) {
                kind = Kind.HELD;
                List<LeaderId> coming = m.coming(group.members());
                if (!coming.isEmpty()) present = Optional.of(coming);
            } else kind = past ? Kind.UNRECORDED : Kind.UPCOMING;
            out.add(new Occasion(group, m.startsAt(), kind, present, invited, answered));
        }
        for (History.RoundHeld r : rounds) out.add(new Occasion(group, r.startedAt(), Kind.HELD, Optional.of(r.present()), 0, 0));
        out.sort(Comparator.comparing(Occasion::at));
        return out;
    }

    static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }

    static boolean present(Occasion o, LeaderId who) {
        return o.present().map(p -> p.contains(who)).orElse(false);
    }
}
